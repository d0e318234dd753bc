import Foundation
import WinnowCore
import WinnowUI

/// Triage claims taken, refreshed and released on a background queue, so the file work of a claim
/// never delays the frame after a key; an item someone else holds comes back as an action the run
/// loop collects, like a decoded thumbnail.
package final class ClaimKeeper: @unchecked Sendable {
    private let registry: ItemClaims
    private let reviewer: String
    private let queue = DispatchQueue(label: "winnow.claims")
    private let lock = NSLock()
    private var finished: [AppAction] = []
    private var pending = 0

    package init(registry: ItemClaims, reviewer: String) {
        self.registry = registry
        self.reviewer = reviewer
    }

    /// Holds the item (releasing the one held before), or nothing when `item` is nil.
    package func hold(_ item: (index: Int, id: String)?) {
        submit { [self] in
            guard let item else {
                registry.releaseAll()
                return []
            }
            for held in registry.heldItems where held != item.id { registry.release(item: held) }
            if registry.claim(item: item.id, reviewer: reviewer) { return [] }
            return [.claimedByOther(item: item.index, reviewer: registry.isClaimedByOther(item.id) ?? "another reviewer")]
        }
    }

    package func refresh() { submit { [self] in registry.refresh(); return [] } }

    /// Lets go of every claim, waiting for the work before it.
    package func releaseAll() { queue.sync { registry.releaseAll() } }

    /// Answers that arrived since the last call.
    package func drain() -> [AppAction] {
        lock.withLock {
            defer { finished.removeAll() }
            return finished
        }
    }

    /// Nothing under way and nothing waiting to be collected.
    package var isSettled: Bool { lock.withLock { pending == 0 && finished.isEmpty } }

    private func submit(_ work: @escaping @Sendable () -> [AppAction]) {
        lock.withLock { pending += 1 }
        queue.async { [self] in
            let actions = work()
            lock.withLock {
                finished += actions
                pending -= 1
            }
        }
    }
}
