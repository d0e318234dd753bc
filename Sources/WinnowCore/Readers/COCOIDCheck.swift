/// Watches the ids of one COCO section (images, annotations or categories) for the two things
/// files from other tools get wrong: ids starting at 0, and repeated ids. pycocotools loads such
/// files without complaint but its evaluation then miscounts (an annotation id of 0 reads as
/// "no match"), so both are warned about.
struct COCOIDCheck {
    let section: String
    private var seen: Set<COCOIdentifier> = []
    private var sawZero = false
    private var repeats: RepeatedProblem

    init(section: String, expectedCount: Int) {
        self.section = section
        seen.reserveCapacity(expectedCount)
        repeats = RepeatedProblem(.warning, "coco.duplicate-id", "\(section) ids are used more than once; the first wins")
    }

    /// False when `id` was seen before.
    mutating func record(_ id: COCOIdentifier) -> Bool {
        if id.isZero { sawZero = true }
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
