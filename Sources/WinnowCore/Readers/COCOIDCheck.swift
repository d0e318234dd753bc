/// Watches the ids of one COCO section (images, annotations or categories) for the two things
/// files from other tools get wrong: ids starting at 0, and repeated ids. pycocotools loads such
/// files without complaint but its evaluation then miscounts (an annotation id of 0 reads as
/// "no match"), so both are warned about.
struct COCOIDCheck {
    let section: String
    /// Ids seen, as a set only once one came out of order: files from tools number them 1, 2, 3…,
    /// and a million set inserts cost more than the rest of reading an annotation.
    private var seen: Set<COCOIdentifier> = []
    private var ascending: [Int] = []
    private var inOrder = true
    private var sawZero = false
    private var repeats: RepeatedProblem

    init(section: String, expectedCount: Int) {
        self.section = section
        ascending.reserveCapacity(expectedCount)
        repeats = RepeatedProblem(.warning, "coco.duplicate-id", "\(section) ids are used more than once; the first wins")
    }

    /// False when `id` was seen before.
    mutating func record(_ id: COCOIdentifier) -> Bool {
        if id.isZero { sawZero = true }
        if inOrder, case .number(let n) = id, n > ascending.last ?? .min {
            ascending.append(n)
            return true
        }
        if inOrder {
            inOrder = false
            seen = Set(ascending.map(COCOIdentifier.number))
            ascending = []
        }
        if seen.insert(id).inserted { return true }
        repeats.record(id.description)
        return false
    }

    func issues(location: String) -> [Issue] {
        var issues: [Issue] = []
        if sawZero {
            let message = "\(section) ids start at 0; COCO tools expect ids from 1 (pycocotools' evaluation treats 0 as \"none\")"
            issues.append(Issue(.warning, "coco.id-zero", message, location: location))
        }
        if let repeated = repeats.issue(location: location) { issues.append(repeated) }
        return issues
    }
}
