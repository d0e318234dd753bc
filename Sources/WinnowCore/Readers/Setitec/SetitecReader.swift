import Foundation

/// Reads one Setitec drill-run file (DESIGN.md section 5): Latin-1 text, tab- or `;`-separated,
/// header sections, then the data table from the `Position (mm)` line to the end. Problems that
/// leave the run usable come back as issues in `SetitecFile`; a file that yields no run is a
/// `ReadError` naming the file (and line). A file that is not Setitec is refused after its first 64 KB.
public enum SetitecReader {
    public static func read(fileAt url: URL) -> Result<SetitecFile, ReadError> {
        readFile(url).mapError(\.readError)
    }

    /// For bytes already in memory (tests, generated samples); `fileName` is used in messages.
    public static func read(bytes: [UInt8], fileName: String) -> Result<SetitecFile, ReadError> {
        bytes.withUnsafeBufferPointer { parse($0, fileName: fileName) }.mapError(\.readError)
    }

    static func readFile(_ url: URL) -> Result<SetitecFile, SetitecFailure> {
        let fileName = url.lastPathComponent
        let data: Data
        switch SetitecFileLoader.load(url) {
        case .failure(let reason): return .failure(SetitecFailure(location: fileName, reason: reason.message))
        case .success(let loaded): data = loaded
        }
        return data.withUnsafeBytes { raw in parse(raw.bindMemory(to: UInt8.self), fileName: fileName) }
    }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, fileName: String) -> Result<SetitecFile, SetitecFailure> {
        let prefix = UnsafeBufferPointer(rebasing: bytes[0..<min(bytes.count, SetitecSniffer.prefixLength)])
        if let refusal = SetitecSniffer.refusal(of: prefix, isWholeFile: prefix.count == bytes.count) {
            return .failure(SetitecFailure(location: fileName, reason: refusal))
        }
        let separator = SetitecSeparator.detect(in: prefix)
        var decoder = SetitecCellDecoder()
        let preamble = SetitecPreambleScanner.scan(bytes, separator: separator, decoder: &decoder)
        guard let header = preamble.dataHeader else {
            return .failure(SetitecFailure(location: fileName, reason: "no line starts with \"Position (mm)\": no data table"))
        }
        let table: SetitecDataTable
        switch SetitecDataTableReader.read(bytes, header: header, names: preamble.dataHeaderNames, separator: separator, fileName: fileName) {
        case .failure(let failure): return .failure(failure)
        case .success(let read): table = read
        }
        var issues: [Issue] = []
        let info = SetitecMetadataBuilder.build(preamble.sections, dataColumns: preamble.dataHeaderNames, fileName: fileName, issues: &issues)
        if let nul = decoder.nulBytes.issue(location: fileName) { issues.append(nul) }
        issues += table.issues
        let run = SignalRun(channels: table.channels, sampleRate: info.sampleRate, firmwareVersion: info.firmwareVersion, metadata: info.metadata)
        return .success(SetitecFile(run: run, issues: issues))
    }
}
