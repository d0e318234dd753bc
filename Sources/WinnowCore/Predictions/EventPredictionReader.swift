import Foundation

/// A trained model's drill-run events as a CSV (seed 004's evaluation): a `file` column naming
/// the run, `entry_mm`, `transition_mm`, `exit_mm` (an empty cell: no such event), and optionally
/// a confidence, one for the row (`confidence`) or per event (`entry_confidence`, …). A row for a
/// run that is not in the dataset, or with a value that is not a number, is reported as
/// `file:line` and skipped.
enum EventPredictionReader {
    static func read(_ url: URL, model: String, runs: Set<String>) throws(ReadError) -> (events: [String: [PredictedEvent]], issues: [Issue]) {
        guard let data = DataFile.contents(url) else { throw ReadError("\(url.path): cannot read (--predictions)") }
        let name = url.lastPathComponent
        let records = CSVRecords(String(decoding: data, as: UTF8.self), separator: url.pathExtension.lowercased() == "tsv" ? "\t" : ",").records
        guard let header = records.first?.fields.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }),
              let file = header.firstIndex(of: "file"), SignalEventType.allCases.contains(where: { header.contains("\($0.rawValue)_mm") })
        else { throw ReadError("\(url.path): a drill-run predictions CSV needs a header with file and entry_mm, transition_mm or exit_mm") }
        var events: [String: [PredictedEvent]] = [:]
        var issues: [Issue] = []
        for record in records.dropFirst() where !record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            let location = "\(name):\(record.line)"
            func cell(_ column: String) -> String? {
                header.firstIndex(of: column).flatMap { record.fields.indices.contains($0) ? record.fields[$0].trimmingCharacters(in: .whitespaces) : nil }
                    .flatMap { $0.isEmpty ? nil : $0 }
            }
            guard record.fields.indices.contains(file) else { continue }
            let run = record.fields[file].trimmingCharacters(in: .whitespaces)
            guard runs.contains(run) else {
                issues.append(Issue(.warning, "predictions.unknown-run", "no run named \(run) in the dataset", location: location))
                continue
            }
            var found: [PredictedEvent] = []
            var bad: [String] = []
            for type in SignalEventType.allCases {
                guard let text = cell("\(type.rawValue)_mm") else { continue }
                guard let mm = Double(text), mm.isFinite else { bad.append("\(type.rawValue)_mm '\(text)'"); continue }
                let confidence = (cell("\(type.rawValue)_confidence") ?? cell("confidence")).flatMap(Double.init).flatMap { (0...1).contains($0) ? $0 : nil }
                found.append(PredictedEvent(model: model, type: type, positionMM: mm, confidence: confidence))
            }
            if !bad.isEmpty {
                issues.append(Issue(.warning, "predictions.bad-value", "not a number: \(bad.joined(separator: ", "))", location: location))
            }
            events[run, default: []] += found
        }
        return (events, issues)
    }
}
