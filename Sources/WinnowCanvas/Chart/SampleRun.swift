/// Consecutive samples [start, end) that fall in one bin of a `ColumnBinning`. Signals move
/// along x nearly monotonically, so a frame of a million samples has only a few hundred runs.
struct SampleRun: Equatable, Sendable {
    var start: Int
    var end: Int
    var bin: Int
}
