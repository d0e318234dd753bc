import WinnowCore

/// JSON for scripts: one document (or one line per item) on stdout.
package enum JSONOutput {
    package static func print(_ value: JSONValue, pretty: Bool = false) {
        Swift.print(JSONWriter.string(value, pretty: pretty))
    }
}
