/// A forward jump in depth far larger than the steps around it: samples were probably lost (Setitec
/// files have no per-sample timestamps, so a gap shows only in the position).
struct DepthGap: Equatable {
    /// Jumps below this are never gaps (feed changes alone make steps vary a few times over).
    static let minimumJumpMM = 0.1
    /// A gap is this many times the typical step around it.
    static let localStepFactor = 5.0
    /// Steps on each side that define the typical local step.
    static let neighbours = 4

    /// The jump is between `sample - 1` and `sample`.
    let sample: Int
    let jumpMM: Double
    /// Median of the neighbouring steps' sizes (mm per sample).
    let localStepMM: Double

    /// Samples the jump would take at the local step.
    var missingSamples: Int { localStepMM > 0 ? max(1, Int(saturating: (jumpMM / localStepMM).rounded()) - 1) : 0 }

    /// All gaps, in order. O(n): the local median is only computed at jumps above minimumJumpMM.
    static func all(in depth: [Double]) -> [DepthGap] {
        var gaps: [DepthGap] = []
        for i in depth.indices.dropFirst() {
            let jump = depth[i] - depth[i - 1]
            guard jump.isFinite, jump > minimumJumpMM else { continue }
            let local = localStep(around: i, in: depth)
            if jump > localStepFactor * local { gaps.append(DepthGap(sample: i, jumpMM: jump, localStepMM: local)) }
        }
        return gaps
    }

    /// Median of up to 2 × neighbours step sizes, in a stack buffer: gaps can be many in a garbage file.
    private static func localStep(around i: Int, in depth: [Double]) -> Double {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * neighbours) { buffer in
            var count = 0
            for j in max(1, i - neighbours)..<min(depth.count, i + 1 + neighbours) where j != i {
                let step = abs(depth[j] - depth[j - 1])
                guard step.isFinite else { continue }
                var k = count  // insertion sort: at most 8 values
                while k > 0, buffer[k - 1] > step { buffer[k] = buffer[k - 1]; k -= 1 }
                buffer[k] = step
                count += 1
            }
            guard count > 0 else { return 0 }
            let mid = count / 2
            return count % 2 == 1 ? buffer[mid] : (buffer[mid - 1] + buffer[mid]) / 2
        }
    }
}
