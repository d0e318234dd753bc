/// How a dataset's labels spread over categories, in one pass over a million labels: names are
/// numbered as they come, so no array of names is built and no names are sorted.
public struct CategoryCounts: Sendable {
    /// In the order first met.
    private(set) var names: [String] = []
    /// Labels per category number.
    private(set) var labels: [Int] = []
    /// Labels not rejected, per category number (a category with only rejected labels counts 0).
    private(set) var kept: [Int] = []
    /// How many different sets of categories (with repeats) the items' labels make.
    private(set) var distinctSets = 0

    init(_ items: [ReviewItem], distinctSets countSets: Bool) {
        var numbering = NameNumbering()
        var sets = Set<[Int]>()
        var ofItem: [Int] = []
        for labelsOfItem in items.lazy.map(\.labels) {  // the labels alone: a copy of each item retains all it holds
            ofItem.removeAll(keepingCapacity: true)
            for index in labelsOfItem.indices {
                let number = numbering.number(of: labelsOfItem[index].category)
                if number == labels.count {
                    labels.append(0)
                    kept.append(0)
                }
                labels[number] += 1
                if !labelsOfItem[index].rejected { kept[number] += 1 }
                ofItem.append(number)
            }
            guard countSets else { continue }
            ofItem.sort()
            sets.insert(ofItem)
        }
        names = numbering.names
        distinctSets = sets.count
    }

    /// Labels per category name.
    var all: [String: Int] { Dictionary(uniqueKeysWithValues: zip(names, labels)) }
}
