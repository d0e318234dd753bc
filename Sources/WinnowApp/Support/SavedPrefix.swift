import WinnowCore

/// How a command says its events were saved: in the journal, or on this machine while the
/// journal database cannot be reached (with how many wait to be sent).
package enum SavedPrefix {
    package static func text(_ session: CurationSession) -> String {
        let waiting = session.waitingEvents
        return waiting == 0 ? "saved: " : "saved locally (\(waiting) waiting for the journal database): "
    }
}
