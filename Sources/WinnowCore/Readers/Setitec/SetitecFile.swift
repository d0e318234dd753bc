/// One Setitec drill-run file as read: the run, and the problems met while reading it that did
/// not stop the read (non-numeric cells, a header that names more columns than the rows hold, ...).
public struct SetitecFile: Sendable {
    public var run: SignalRun
    public var issues: [Issue]

    public init(run: SignalRun, issues: [Issue]) {
        self.run = run
        self.issues = issues
    }
}
