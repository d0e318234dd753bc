/// Assembles a run's metadata: `version`, `date`, `sample_rate` first (what lists and exports
/// show), then the data table's header names as written, then every section in file order.
enum SetitecMetadataBuilder {
    static let generalSection = "General Infos"

    static func build(_ sections: [SetitecSection], dataColumns: [String], fileName: String, issues: inout [Issue]) -> SetitecHeaderInfo {
        var sectionValues = JSONObject()
        for section in sections {
            let key = SetitecSectionReader.uniqueKey(section.name, in: sectionValues)
            sectionValues[key] = SetitecSectionReader.value(of: section, fileName: fileName, issues: &issues)
        }
        let general = sectionValues[generalSection]?.objectValue ?? JSONObject()
        let location = sections.first { $0.name == generalSection }.map { "\(fileName):\($0.line)" } ?? fileName
        let version = general["Version"]?.intValue
        let date = general["Date"]?.stringValue
        let sampleRate = general.pairs.first { $0.key.hasPrefix("Sample Rate") }?.value.doubleValue
        issues += factIssues(version: version, date: date, sampleRate: sampleRate, location: location)

        var metadata = JSONObject()
        metadata["version"] = version.map { JSONValue.number(Double($0)) }
        metadata["date"] = date.map(JSONValue.string)
        metadata["sample_rate"] = sampleRate.map(JSONValue.number)
        metadata["data_columns"] = .array(dataColumns.map(JSONValue.string))
        for (key, value) in sectionValues.pairs { metadata[key] = value }
        return SetitecHeaderInfo(metadata: metadata, firmwareVersion: version, sampleRate: sampleRate)
    }

    private static func factIssues(version: Int?, date: String?, sampleRate: Double?, location: String) -> [Issue] {
        var issues: [Issue] = []
        if sampleRate == nil || sampleRate! <= 0 {
            issues.append(Issue(.warning, "signal.no-sample-rate", "General Infos gives no usable Sample Rate (Hz); times are unknown", location: location))
        }
        if version == nil {
            issues.append(Issue(.info, "signal.no-version", "General Infos gives no firmware Version", location: location))
        }
        // Controllers whose clock was never set stamp runs in 1970.
        if let date, date.hasPrefix("1970") {
            issues.append(Issue(.info, "signal.clock-not-set", "date \(date) is in 1970: the controller's clock was not set", location: location))
        }
        return issues
    }
}
