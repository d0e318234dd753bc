/// The data table of a run: one channel per value column, and the problems met reading it.
struct SetitecDataTable {
    var channels: [SignalChannel]
    var issues: [Issue]
}
