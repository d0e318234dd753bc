import Foundation

/// Per-dataset settings in `.winnow/config`: `key = value` lines, `#` starts a comment line.
///
///     # bad verdicts take one of these reasons
///     reasons = wrong box, wrong category, duplicate, blurry
///     # high above 0.9, medium above 0.7
///     tiers = 0.9, 0.7
///     # `Y` takes the model's disagreeing boxes scoring this or more
///     adopt_score = 0.5
///     # the journal in PostgreSQL (a password belongs in ~/.pgpass, not here)
///     journal = postgresql://db.example/winnow
///
/// Keys this version does not know are kept in `values` and reported in `warnings` (a typo
/// should be seen, but a newer setting must not stop an older Winnow).
public struct WinnowConfig: Equatable, Sendable {
    public static let fileName = "config"
    public static let knownKeys: Set<String> = ["reasons", "tiers", "adopt_score", "journal"]

    /// Every setting as written, by lower-cased key.
    public private(set) var values: [String: String] = [:]
    /// The reasons a bad verdict may give; nil when the file names none (any reason goes).
    public private(set) var reasons: [String]?
    public private(set) var tiers: TierThresholds?
    public private(set) var adoptScore: Double?
    /// `journal = postgresql://…`: the team journal in a database (as `--journal`).
    public private(set) var journal: String?
    public private(set) var warnings: [String] = []

    public init() {}

    /// Where the config of a workspace lives: beside the journal (`PATH/.winnow/`, or `--state DIR`).
    public static func url(workspaceRoot: URL, stateOverride: URL?) -> URL {
        (stateOverride ?? workspaceRoot.appendingPathComponent(".winnow")).appendingPathComponent(fileName)
    }

    /// Reads the file; nil when there is none.
    public static func load(from url: URL) throws(WinnowConfigError) -> WinnowConfig? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw WinnowConfigError(path: url.path, line: 0, message: "cannot read the config (not UTF-8 text?)")
        }
        return try parse(text, path: url.path)
    }

    public static func parse(_ text: String, path: String) throws(WinnowConfigError) -> WinnowConfig {
        var config = WinnowConfig()
        var lineNumber = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let key: String
            do {
                key = try config.read(line)
            } catch {
                throw WinnowConfigError(path: path, line: lineNumber, message: error.message)
            }
            if !knownKeys.contains(key) {
                config.warnings.append("\(path):\(lineNumber): unknown setting '\(key)' ignored (known: \(knownKeys.sorted().joined(separator: ", ")))")
            }
        }
        return config
    }

    /// The configured spelling of `text` when it is one of the reasons (case and spaces aside);
    /// `text` itself when no reasons are configured; nil when it is not allowed.
    public func reason(matching text: String) -> String? {
        guard let reasons else { return text }
        let wanted = Self.normalized(text)
        return reasons.first { Self.normalized($0) == wanted }
    }

    // MARK: - Lines

    /// Takes one setting; returns its key.
    private mutating func read(_ line: String) throws(LineProblem) -> String {
        guard let equals = line.firstIndex(of: "=") else { throw LineProblem("expected `key = value`") }
        let key = line[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
        let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty else { throw LineProblem("missing key before `=`") }
        guard values[key] == nil else { throw LineProblem("'\(key)' is set twice") }
        values[key] = value
        switch key {
        case "reasons": reasons = try Self.reasonList(value)
        case "tiers": tiers = try Self.thresholds(value)
        case "journal": journal = value
        case "adopt_score":
            guard let score = Double(value), (0...1).contains(score) else {
                throw LineProblem("adopt_score must be a number from 0 to 1, e.g. `adopt_score = 0.5`")
            }
            adoptScore = score
        default: break
        }
        return key
    }

    private static func reasonList(_ value: String) throws(LineProblem) -> [String] {
        let reasons = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !reasons.isEmpty, !reasons.contains(where: \.isEmpty) else {
            throw LineProblem("reasons must be a comma-separated list, e.g. `reasons = wrong box, blurry`")
        }
        return reasons
    }

    private static func thresholds(_ value: String) throws(LineProblem) -> TierThresholds {
        let parts = value.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let high = parts[0], let medium = parts[1], (0...1).contains(high), (0...1).contains(medium),
            high > medium
        else {
            throw LineProblem("tiers must be two numbers from 0 to 1, high first, e.g. `tiers = 0.9, 0.7`")
        }
        return TierThresholds(high: high, medium: medium)
    }

    private static func normalized(_ reason: String) -> String {
        reason.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private struct LineProblem: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }
}
