import WinnowApp
import Foundation
import WinnowCore
import WinnowUI

/// A long synthetic drill run in memory, for the frame benchmark: depth with small reversals,
/// torque with a transition step and a one-sample spike.
enum SyntheticRun {
    static func state(samples: Int, size: TerminalSize) -> AppState {
        var position: [Double] = []
        var torque: [Double] = []
        var step: [Double] = []
        position.reserveCapacity(samples)
        for i in 0..<samples {
            let t = Double(i) / Double(samples)
            position.append(-(t * 20 + 0.02 * sin(Double(i) / 7)))
            torque.append((t < 0.2 ? 0.5 : t < 0.6 ? 3 : t < 0.9 ? 8 : 0.5) + 0.3 * sin(Double(i) / 13) + (i == samples / 2 ? 20 : 0))
            step.append(t < 0.2 ? 0 : t < 0.6 ? 1 : 2)
        }
        let run = SignalRun(channels: [
            SignalChannel(name: "Position", unit: "mm", values: position),
            SignalChannel(name: "I Torque", unit: "A", values: torque),
            SignalChannel(name: "I Thrust", unit: "A", values: torque.map { $0 * 0.4 }),
            SignalChannel(name: "Step", unit: "nb", values: step),
        ], sampleRate: 100, firmwareVersion: 9, metadata: JSONObject())
        let item = ReviewItem(id: "synthetic.xls", kind: .signal, path: "synthetic.xls", imageURL: nil, width: 0, height: 0,
                              labels: SignalEventDetector.labels(for: run), signal: run)
        let root = URL(fileURLWithPath: "/tmp")
        let workspace = Workspace(root: root, datasets: [Dataset(source: root, root: root, format: .signals, items: [item], issues: [])],
                                  issues: [], qualifyIDs: false)
        let keymap = (try? Appearance.keymap(nil)) ?? Keymap()
        return AppState(workspace: workspace, ledgers: [CurationLedger()], reviewer: "bench", keymap: keymap,
                        itemIssues: [[]], size: size)
    }
}
