import Foundation
import WinnowCore
import WinnowTestSupport
import XCTest

/// `winnow evaluate` of entity spans equals seqeval on the WNUT 2017 shared-task submissions.
/// Needs WINNOW_CHECK_PYTHON with seqeval (.ci/run installs it).
final class SpanEvaluateTests: XCTestCase {
    func testTheWNUT17SubmissionsAsSeqevalScoresThem() throws {
        guard let python = ProcessInfo.processInfo.environment["WINNOW_CHECK_PYTHON"] else {
            throw XCTSkip("set WINNOW_CHECK_PYTHON to a Python with seqeval (.ci/run does)")
        }
        let folder = try RealData.url("text/wnut17")
        let gold = folder.appendingPathComponent("emerging.test.annotated").path
        let state = try TemporaryFolder()
        for submission in ["submission_arcada", "submission_spinningbytes"] {
            let predicted = folder.appendingPathComponent(submission).path
            let script = WinnowProcess.packageRoot.appendingPathComponent(".ci/seqeval_reference.py").path
            let reference = try WinnowProcess.run([script, gold, predicted], executable: URL(fileURLWithPath: python))
            XCTAssertEqual(reference.status, 0, reference.stderr)
            let ours = try WinnowProcess.run(["evaluate", gold, "--predictions", predicted, "--json", "--state", state.url.path])
            XCTAssertEqual(ours.status, 0, ours.stderr)
            let expected = try JSONParser.parse(reference.stdout), actual = try JSONParser.parse(ours.stdout)
            for key in ["precision", "recall", "f1"] {
                XCTAssertEqual(try XCTUnwrap(actual[key]?.doubleValue), try XCTUnwrap(expected[key]?.doubleValue), accuracy: 1e-12, "\(submission) \(key)")
            }
            let labels = try XCTUnwrap(actual["labels"]?.arrayValue)
            XCTAssertEqual(labels.count, expected["labels"]?.objectValue?.count)
            for label in labels {
                let name = try XCTUnwrap(label["label"]?.stringValue)
                let theirs = try XCTUnwrap(expected["labels"]?[name])
                XCTAssertEqual(label["support"]?.intValue, theirs["support"]?.intValue, name)
                for key in ["precision", "recall", "f1"] {
                    XCTAssertEqual(try XCTUnwrap(label[key]?.doubleValue), try XCTUnwrap(theirs[key]?.doubleValue), accuracy: 1e-12, "\(submission) \(name) \(key)")
                }
            }
        }
    }
}
