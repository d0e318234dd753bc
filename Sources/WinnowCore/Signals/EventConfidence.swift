/// The rule that turns evidence into a confidence (README "Auto-labels"). An estimate starts from
/// what backs it and every doubt multiplies it down:
///
/// - step change and torque-gradient peak agree: 0.60 + 0.37 × agreement, where agreement is 1 up to
///   0.5 mm apart and falls linearly to 0 at 2 mm (then they do not agree);
/// - torque-gradient peak only: 0.60;  step change only: 0.30;
/// - × torque strength: 0.5 at 3 noise deviations of a level change, rising to 1 at 10 or more;
/// - × noise: 1 / (1 + (noise / range / 0.15)²), i.e. 0.5 when the per-sample noise is 15 % of the
///   idle-to-peak torque range;
/// - × reversal: 1 / (1 + (r − 0.05 mm) / 0.1 mm) for the largest unexpected depth reversal r within
///   a level window of the event;
/// - × 0.8 when a switched-on Program step never ran;  × 0.5 when the event had to be reordered.
enum EventConfidence {
    static let bothBase = 0.6
    static let agreementBonus = 0.37
    static let torqueOnlyBase = 0.6
    static let stepOnlyBase = 0.3
    static let fullAgreementMM = 0.5
    static let noAgreementMM = 2.0
    static let noiseScale = 0.15
    static let reversalScaleMM = 0.1
    static let missingStepFactor = 0.8
    static let reorderedFactor = 0.5

    /// 1 when a step change and a torque peak are close, 0 when they are too far apart to be one event.
    static func agreement(distanceMM: Double) -> Double {
        guard distanceMM.isFinite else { return 0 }
        let share = (noAgreementMM - distanceMM) / (noAgreementMM - fullAgreementMM)
        return min(1, max(0, share))
    }

    static func strength(signalToNoise snr: Double) -> Double {
        min(1, max(0.5, 0.5 + 0.5 * (snr - 3) / 7))
    }

    static func noiseQuality(relativeNoise: Double) -> Double {
        guard relativeNoise.isFinite else { return 0 }
        let r = relativeNoise / noiseScale
        return 1 / (1 + r * r)
    }

    static func reversalQuality(sizeMM: Double) -> Double {
        1 / (1 + max(0, sizeMM - DepthReversal.jitterMM) / reversalScaleMM)
    }
}
