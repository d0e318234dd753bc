import Foundation

/// Small hand-made Setitec files for the bad-input tests. Line numbers: 1 General Infos marker,
/// 2-3 its header and values, 4 filler, 5 Datas marker, 6 the `Position (mm)` header, 7 the first row.
enum SetitecTestFile {
    static let dataHeaderLine = 6

    static func text(rows: [String], endsWithNewline: Bool = true) -> String {
        let preamble = [
            "*** General Infos ***\t\t\t",
            "Version\tDate\tSample Rate (Hz)\t",
            "9\t2024-01-02:03:04:05\t100\t",
            "\t\t\t",
            "*** Datas ***\t\t\t",
            "Position (mm)\tI Torque (A)\tI Thrust (A)\tStep (nb)",
        ]
        return (preamble + rows).joined(separator: "\n") + (endsWithNewline ? "\n" : "")
    }

    /// `count` well-formed rows: position -0,001 * n, torque n, thrust 0,5, step 1.
    static func rows(_ count: Int) -> [String] {
        (1...count).map { "-\(String(format: "%.3f", Double($0) / 1000).replacingOccurrences(of: ".", with: ","))\t\($0),000\t0,500\t1,000" }
    }
}
