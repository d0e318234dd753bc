import Foundation
import WinnowCore
import WinnowTestSupport
import XCTest
@testable import WinnowImaging

/// The batch helper (WinnowCore) driven by the real decoder, as an export will use it.
final class PerceptualHashBatchDecodeTests: XCTestCase {
    private let hashFile: PerceptualHashBatch.HashFile = { try PerceptualHash.dHash(ofFileAt: $0.path) }

    private func real(_ name: String) -> URL { URL(fileURLWithPath: RealData.webScreensFolder + "/" + name) }

    func testRealScreensHashAndUndecodableOnesAreReportedNotFatal() throws {
        let folder = try TemporaryFolder()
        defer { folder.delete() }
        let truncated = try folder.write(Array(try PNGEncoder.encode(TestScreen(seed: 4).image).prefix(200)), to: "cut.png")
        let urls = [real("development_github.com_1729626867.png"), real("dropdown-longer-list-of-familiar-content.webp"),
                    URL(fileURLWithPath: truncated), real("Frame 18.png"), URL(fileURLWithPath: folder.path("missing.png"))]
        var cache = PerceptualHashCache()
        let results = PerceptualHashBatch.hashes(of: urls, cache: &cache, hashFile: hashFile)

        XCTAssertEqual(try results.element(0).get(), try PerceptualHash.dHash(ofFileAt: urls.element(0).path))
        XCTAssertEqual(try results.element(3).get(), try PerceptualHash.dHash(ofFileAt: urls.element(3).path))
        let failures = [1, 2, 4].map { index -> String in
            guard case .failure(let failure) = results[index] else { return "no failure" }
            return failure.description
        }
        XCTAssertEqual(failures, [
            try "\(urls.element(1).path): WebP images are not supported (PNG and JPEG are)",
            "\(truncated): corrupt PNG: file is truncated (read beyond end of data)",
            try "\(urls.element(4).path): no such file",
        ])
        XCTAssertEqual(cache.count, 2)
    }
}
