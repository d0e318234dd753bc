/// A `*** Name ***` section before the data table, with every line up to the next section
/// (blank ones included: a blank line right after a header line is that header's empty values).
struct SetitecSection {
    let name: String
    let line: Int
    var rows: [SetitecRow] = []
}
