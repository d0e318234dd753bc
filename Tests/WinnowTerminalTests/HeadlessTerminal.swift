#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WinnowCanvas
import WinnowTerminal

/// A real ncurses screen writing to a temp file, with keys typed into a pipe.
final class HeadlessTerminal {
    let path: String
    let screen: TerminalScreen
    private let keyboard: (read: Int32, write: Int32)

    init(width: Int = 80, height: Int = 24, termType: String = "xterm-256color", forceMono: Bool = false) throws {
        var template = Array("/tmp/winnow-terminal-XXXXXX".utf8CString)
        close(mkstemp(&template))
        path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var fds: [Int32] = [0, 0]
        pipe(&fds)
        keyboard = (fds[0], fds[1])
        let options = TerminalOptions(forceMono: forceMono,
                                      output: .file(path: path, termType: termType, width: width, height: height),
                                      inputDescriptor: keyboard.read)
        do {
            screen = try TerminalScreen(options: options)
        } catch {
            close(fds[0])   // deinit does not run when init throws
            close(fds[1])
            unlink(path)
            throw error
        }
    }

    deinit {
        close(keyboard.read)
        close(keyboard.write)
        unlink(path)
    }

    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(keyboard.write, $0.baseAddress, $0.count) }
    }

    /// Bytes one draw sends to the terminal.
    func bytesToDraw(_ grid: Grid) -> Int {
        let before = screen.bytesWritten
        screen.draw(grid)
        return screen.bytesWritten - before
    }

    /// Everything written so far, as text.
    func output() -> String {
        _ = screen.bytesWritten   // flushes
        guard let file = fopen(path, "r") else { return "" }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
