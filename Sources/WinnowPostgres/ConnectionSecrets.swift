import Foundation

/// The password in a connection string (`postgresql://user:PASSWORD@host/db` or
/// `password=PASSWORD`), so that no message, location or file ever shows it.
struct ConnectionSecrets {
    private var passwords: [String] = []

    init(_ connectionString: String) {
        if let url = URLComponents(string: connectionString) {
            if let password = url.password, !password.isEmpty { passwords.append(password) }
            if let percent = url.percentEncodedPassword, !percent.isEmpty { passwords.append(percent) }
            for item in url.queryItems ?? [] where item.name == "password" { passwords.append(item.value ?? "") }
        }
        // Also read by hand: a URI too malformed for URLComponents still holds its password.
        if let scheme = connectionString.range(of: "://"), let at = connectionString[scheme.upperBound...].firstIndex(of: "@"),
           let colon = connectionString[scheme.upperBound..<at].firstIndex(of: ":") {
            passwords.append(String(connectionString[connectionString.index(after: colon)..<at]))
        }
        for field in connectionString.split(separator: " ") where field.hasPrefix("password=") {
            passwords.append(String(field.dropFirst("password=".count)).trimmingCharacters(in: CharacterSet(charactersIn: "'")))
        }
        passwords = passwords.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    }

    /// `text` with every password replaced by as many `x`.
    func masked(_ text: String) -> String {
        passwords.reduce(text) { $0.replacingOccurrences(of: $1, with: String(repeating: "x", count: $1.utf8.count)) }
    }

    /// `text` with every password replaced by `***`.
    func redacted(_ text: String) -> String {
        passwords.reduce(text) { $0.replacingOccurrences(of: $1, with: "***") }
    }
}

/// Connection strings as they may be shown: with each password masked.
public enum ConnectionStrings {
    /// `text` with every password of `connectionString` replaced by as many `x` (same length in
    /// bytes, so that the process's own argument memory can be overwritten in place).
    public static func masked(_ text: String) -> String {
        ConnectionSecrets(text).masked(text)
    }

    /// `text` with every password of a connection string in it replaced by `***`.
    public static func redacted(_ text: String) -> String {
        ConnectionSecrets(text).redacted(text)
    }
}
