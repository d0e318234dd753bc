import Foundation

/// Loads a file's bytes, but only after its first 64 KB look like a Setitec file: a 1 GB file of
/// something else costs one small read.
enum SetitecFileLoader {
    static func load(_ url: URL) -> Result<Data, ReadError> {
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            return .failure(ReadError("cannot open the file"))
        }
        defer { try? handle.close() }
        do {
            var data = try handle.read(upToCount: SetitecSniffer.prefixLength) ?? Data()
            guard data.count == SetitecSniffer.prefixLength else { return .success(data) }
            let refusal = data.withUnsafeBytes { SetitecSniffer.refusal(of: $0.bindMemory(to: UInt8.self), isWholeFile: false) }
            if let refusal { return .failure(ReadError(refusal)) }
            data.append(try handle.readToEnd() ?? Data())
            return .success(data)
        } catch {
            return .failure(ReadError("cannot read the file (\(error.localizedDescription))"))
        }
    }
}
