import WinnowCore

/// Groups of exact or near-duplicate images among the exported items (item indices).
/// Placeholder until perceptual hashing lands: exact duplicates by path only.
enum DuplicateScan {
    static func groups(_ snapshot: ReviewSnapshot, items: [Int]) -> [[Int]] {
        []
    }
}
