import Foundation
import WinnowCore

/// Reads the workspace's `.winnow/config` (or `--state DIR/config`): warnings go to stderr,
/// a malformed line stops the command with `PATH:LINE: why`.
package enum ConfigOption {
    package static func load(_ options: CommonOptions, workspace: Workspace) throws(CLIError) -> WinnowConfig {
        let url = WinnowConfig.url(workspaceRoot: workspace.root, stateOverride: options.state)
        let config: WinnowConfig?
        do {
            config = try WinnowConfig.load(from: url)
        } catch {
            throw .unreadable(error.description)
        }
        for warning in config?.warnings ?? [] { StandardError.write("warning: \(warning)") }
        return config ?? WinnowConfig()
    }
}
