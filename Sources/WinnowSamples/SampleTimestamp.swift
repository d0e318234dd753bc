/// Fixed, evenly spaced capture times, so regenerated files are byte-identical.
enum SampleTimestamp {
    /// 2024-11-05T09:00:00Z plus `seconds` (stays within the day for the sample's size).
    static func iso8601(secondsAfterStart seconds: Int) -> String {
        let total = 9 * 3600 + seconds
        return "2024-11-05T\(twoDigits(total / 3600)):\(twoDigits(total / 60 % 60)):\(twoDigits(total % 60))Z"
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
