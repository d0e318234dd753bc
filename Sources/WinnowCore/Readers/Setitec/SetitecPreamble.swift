/// Everything before the data table: the header sections, and the data table's header line.
struct SetitecPreamble {
    var sections: [SetitecSection] = []
    /// The `Position (mm) ...` line (nil when the file has none).
    var dataHeader: SetitecLine?
    var dataHeaderNames: [String] = []
}
