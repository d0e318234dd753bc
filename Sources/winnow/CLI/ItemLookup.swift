import WinnowApp
import WinnowCore

/// Finds items by the id `list` prints, as `ReviewSnapshot.itemIndex(forID:)` does (a local id
/// when unambiguous), but by hash: `verdict --from` looks up every line.
struct ItemLookup {
    private var byID: [String: Int] = [:]
    /// nil value: the local id names items in several datasets.
    private var byLocalID: [String: Int?] = [:]

    init(_ workspace: Workspace) {
        byID.reserveCapacity(workspace.items.count)
        for (index, item) in workspace.items.enumerated() {
            if byID[item.id] == nil { byID[item.id] = index }
            if byLocalID[item.localID] == nil {
                byLocalID[item.localID] = .some(index)
            } else {
                byLocalID[item.localID] = .some(nil)
            }
        }
    }

    func index(of id: String) -> Int? {
        if let index = byID[id] { return index }
        if let unique = byLocalID[id] { return unique }
        return nil
    }
}
