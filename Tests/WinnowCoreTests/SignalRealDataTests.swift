import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

/// A throwaway reader for one Setitec file (Latin-1, tab-separated, decimal commas), just enough to
/// run the detector on real data until the project's reader lands: the data table from the line
/// starting "Position (mm)", names split from units, values bound by column position.
enum SetitecTestTable {
    static func run(at url: URL) throws -> SignalRun {
        let data = try Data(contentsOf: url)
        let text = try XCTUnwrap(String(data: data, encoding: .isoLatin1)).replacingOccurrences(of: "\0", with: "")
        let lines = text.components(separatedBy: .newlines)
        let start = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Position (mm)") }, "no data table")
        let header = cells(lines[start]).filter { !$0.isEmpty }
        var columns = [[Double]](repeating: [], count: header.count)
        for line in lines[(start + 1)...] where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let values = cells(line)
            for c in header.indices { columns[c].append(c < values.count ? number(values[c]) : .nan) }
        }
        let channels = zip(header, columns).map { name, values in
            let (bare, unit) = split(name)
            return SignalChannel(name: bare, unit: unit, values: values)
        }
        return SignalRun(channels: channels, sampleRate: 100, firmwareVersion: nil, metadata: JSONObject())
    }

    private static func cells(_ line: String) -> [String] {
        line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    private static func number(_ cell: String) -> Double {
        Double(cell.replacingOccurrences(of: ",", with: ".")) ?? .nan
    }

    /// "I Torque (A)" → ("I Torque", "A"); "Stop code" → ("Stop code", "").
    private static func split(_ header: String) -> (String, String) {
        guard header.hasSuffix(")"), let open = header.lastIndex(of: "(") else { return (header, "") }
        let name = header[..<open].trimmingCharacters(in: .whitespaces)
        return (name, String(header[header.index(after: open)..<header.index(before: header.endIndex)]))
    }
}

final class SignalRealDataTests: XCTestCase {
    static let example = "setitec/sandbox__examples__data__17070143_17070143_ST_1092_1.xls"

    func testExampleRunIsReadAsTheFileSays() throws {
        let run = try SetitecTestTable.run(at: RealData.url(Self.example))
        XCTAssertEqual(run.sampleCount, 1857)
        XCTAssertEqual(run.channels.map(\.name), ["Position", "I Torque", "I Thrust", "I Torque Empty", "I Thrust Empty",
                                                  "Step", "Stop code", "Mem Torque min", "Mem Thrust min", "Torque Power", "Gap Length"])
        XCTAssertEqual(run.channel("Position")?.values.first, -0.684)
        XCTAssertEqual(run.channel("I Torque Empty")?.values.first, 5.811)
        XCTAssertEqual(try run.channel("Step")?.values.element(150), 1)
    }

    /// The run: idle at 4000 rpm, step 0→1 at 4.81 mm and torque rises (CFRP), step 1→2 at 8.28 mm
    /// slows the spindle and torque climbs to ~23 A (titanium), falls to ~2.5 A near 13.5 mm (exit);
    /// step 2→3 follows at 15.5 mm in air.
    func testExampleRunGetsOrderedPlausibleEvents() throws {
        let run = try SetitecTestTable.run(at: RealData.url(Self.example))
        let estimates = SignalEventDetector.detect(run)
        XCTAssertEqual(estimates.map(\.type), [.entry, .transition, .exit])
        XCTAssertEqual(estimates.map(\.sample), estimates.map(\.sample).sorted())
        XCTAssertEqual(Set(estimates.map(\.sample)).count, 3)
        for e in estimates { XCTAssertTrue((0...1).contains(e.confidence), "\(e.type) \(e.confidence)") }
        XCTAssertEqual(estimates[0].positionMM, 4.81, accuracy: 1.0, "entry near the 0→1 step change: \(estimates[0].evidence)")
        XCTAssertTrue((8.28...12.0).contains(estimates[1].positionMM), "transition after 1→2: \(estimates[1].evidence)")
        XCTAssertTrue((12.0...14.0).contains(estimates[2].positionMM), "exit where torque falls: \(estimates[2].evidence)")
        XCTAssertGreaterThan(try estimates.element(0).confidence, try estimates.element(2).confidence, "the exit has no step change to agree with")
    }

    func testExampleRunValidatesClean() throws {
        let run = try SetitecTestTable.run(at: RealData.url(Self.example))
        XCTAssertEqual(SignalValidator.issues(for: run, events: SignalEventDetector.detect(run).map(\.position)), [],
                       "its three 0.15-0.23 mm back-offs sit at step changes")
    }
}
