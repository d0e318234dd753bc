import Foundation

/// What the run's Program table says about its steps: which are switched on. Read leniently from
/// the metadata (rows as objects keyed by header, or arrays after a header row; numbers or
/// decimal-comma strings); nil when there is no readable Program table.
struct ProgramSteps {
    let switchedOn: [Int]
    let switchedOff: [Int]
    /// Each step's torque limits (A): it ends when the torque rises past `torqueMax` or falls below
    /// `torqueMin` (0: no such limit).
    let limits: [Int: (torqueMax: Double, torqueMin: Double)]

    init?(metadata: JSONObject) {
        guard let rows = ProgramSteps.rows(metadata["Program"]), !rows.isEmpty else { return nil }
        var on: [Int] = [], off: [Int] = []
        var limits: [Int: (torqueMax: Double, torqueMin: Double)] = [:]
        for row in rows {
            guard let number = ProgramSteps.cell(row, named: "step nb").flatMap(ProgramSteps.number), abs(number) < 1e6 else { continue }
            let step = Int(number.rounded())
            let enabled = ProgramSteps.cell(row, named: "step on/off").flatMap(ProgramSteps.number).map { $0 != 0 } ?? true
            if enabled { on.append(step) } else { off.append(step) }
            let high = ProgramSteps.cell(row, named: "torque max").flatMap(ProgramSteps.number) ?? 0
            let low = ProgramSteps.cell(row, named: "torque min").flatMap(ProgramSteps.number) ?? 0
            limits[step] = (high.isFinite ? high : 0, low.isFinite ? low : 0)
        }
        guard !on.isEmpty || !off.isEmpty else { return nil }
        switchedOn = on
        switchedOff = off
        self.limits = limits
    }

    /// Switched-on steps that never ran.
    func missing(from ran: Set<Int>) -> [Int] { switchedOn.filter { !ran.contains($0) } }

    /// Each row as (lowercased header, value) pairs.
    private static func rows(_ table: JSONValue?) -> [[(String, JSONValue)]]? {
        guard let items = table?.arrayValue, let first = items.first else { return nil }
        if first.objectValue != nil {
            return items.compactMap { $0.objectValue?.pairs.map { ($0.key.lowercased(), $0.value) } }
        }
        guard let header = first.arrayValue?.map({ $0.stringValue?.lowercased() ?? "" }) else { return nil }
        return items.dropFirst().compactMap { row in row.arrayValue.map { Array(zip(header, $0)) } }
    }

    private static func cell(_ row: [(String, JSONValue)], named name: String) -> JSONValue? {
        row.first { $0.0.trimmingCharacters(in: .whitespaces).hasPrefix(name) }?.1
    }

    private static func number(_ value: JSONValue) -> Double? {
        if let n = value.doubleValue { return n }
        if let b = value.boolValue { return b ? 1 : 0 }
        guard let s = value.stringValue else { return nil }
        return Double(s.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "."))
    }
}
