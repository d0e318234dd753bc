import WinnowApp
import Foundation
import WinnowCore

/// `winnow-bench --filter N`: the filter language over N items' facts (the budget is 1M labels in
/// 100 ms), for a few typical queries, as the median of five runs each.
enum FilterBench {
    static let queries = [
        "tier:low cat:button conf<0.8 source:template_matching verdict:none reviewer:ana has:issues -verdict:bad file:*login*",
        "tier:low", "conf<0.5", "cat:b*n", "file:*login*", "login",
    ]

    static func run(items count: Int) -> ExitCode {
        let facts = (0..<count).map(synthetic)
        print("filter over \(count) items (one label each), median of 5 runs:")
        for text in queries {
            guard let query = try? FilterQuery.parse(text) else { continue }
            var times: [Double] = []
            var matched = 0
            for _ in 0..<5 {
                let start = DispatchTime.now().uptimeNanoseconds
                matched = query.matchingIndices(in: facts).count
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            print(String(format: "  %7.1f ms  %7d matched  %@", BenchResult.percentile(times, 0.5), matched, text))
        }
        return .ok
    }

    private static func synthetic(_ i: Int) -> ItemFacts {
        var facts = ItemFacts(id: String(format: "%016x", i))
        facts.path = "images/screen-\(i % 1000)/\(i % 7 == 0 ? "login" : "page")-\(i).png"
        facts.kind = "screenshot"
        facts.tier = ["high", "medium", "low"][i % 3]
        facts.confidence = Double(i % 100) / 100
        facts.categories = [["button", "field", "icon", "link"][i % 4]]
        facts.sources = [i % 5 == 0 ? "user_click" : "template_matching"]
        facts.verdict = i % 4 == 0 ? "good" : nil
        facts.reviewers = i % 4 == 0 ? ["ana"] : []
        facts.issueCount = i % 11 == 0 ? 1 : 0
        return facts
    }
}
