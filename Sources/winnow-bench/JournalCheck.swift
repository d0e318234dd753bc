import WinnowApp
import Foundation
import WinnowCore

/// Reads a journal back the way a reviewer's process would and checks that it is whole: every
/// line an event with a good checksum, sequence numbers 1...N each once.
struct JournalCheck {
    let wholeEvents: Int
    let badLines: Int
    let sequenceIsGapFree: Bool

    init(_ stateDirectory: URL) {
        guard let journal = VerdictJournal.existing(in: stateDirectory) else {
            (wholeEvents, badLines, sequenceIsGapFree) = (0, 0, false)
            return
        }
        var seqs: [Int] = []
        seqs = journal.readNew().map(\.seq)
        wholeEvents = seqs.count
        badLines = journal.problems.count
        sequenceIsGapFree = seqs.sorted() == Array(1...max(1, seqs.count)) && !seqs.isEmpty
    }
}
