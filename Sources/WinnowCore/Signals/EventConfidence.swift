import Foundation

/// The rule that turns evidence into a confidence (README "How auto-labels are placed and scored").
/// Seed 004's three factors, each a number in (0, 1], multiplied:
///
/// - clarity of the step at the event: 1 − e^(−SNR / 20), SNR being the torque's level change over
///   the noise of that change (0.63 at 20, 0.95 at 60, 0.99 at 100); a placement by the program's
///   steps alone, with no torque change to back it: 0.35;
/// - agreement of the two placements: 0.9 + 0.1 / (1 + max(0, d − 0.5 mm) / 1 mm) for a distance d
///   between the program's step change and the torque's: 1 within 0.5 mm, 0.95 at 1.5 mm, 0.93 at
///   3 mm; 0.95 without a program placement (programs switch ahead of the material by design, so
///   disagreement costs little once the torque is clear);
/// - signal quality and consistency: × 1 / (1 + (noise / range / 0.15)²) for the run's torque noise;
///   × 1 / (1 + (r − 0.05 mm) / 0.1 mm) for a depth reversal r near the event; × 0.8 when a
///   switched-on program step never ran; × 0.5 when the event had to be reordered; × 0.5 for an exit
///   after which the thrust stays more than 35 % of its range above idle (the spindle slowed down, the
///   drill did not break through); and, per run
///   (`RunConsistency`), × 0.6 for each expected event missing, × 0.5 for a layer under 0.5 mm, × 0.5
///   for an exit where the drill stopped feeding, and the run's thickness against its group's median.
enum EventConfidence {
    static let claritySNR = 20.0
    static let stepOnlyBase = 0.35
    static let fullAgreementMM = 0.5
    static let agreementScaleMM = 1.0
    static let disagreementFloor = 0.9
    static let withoutProgram = 0.95
    static let noiseScale = 0.15
    static let reversalScaleMM = 0.1
    static let missingStepFactor = 0.8
    static let reorderedFactor = 0.5
    /// An exit after which the torque stays this share of its range above idle is doubtful (× 0.5).
    static let stillCuttingShare = 0.35
    static let stillCuttingFactor = 0.5

    static func clarity(signalToNoise snr: Double) -> Double {
        guard snr.isFinite else { return snr > 0 ? 1 : 0 }
        return 1 - exp(-max(0, snr) / claritySNR)
    }

    /// 1 when the two placements are within 0.5 mm, towards 0.9 the further apart; 0.95 with one placement.
    static func agreement(distanceMM: Double?) -> Double {
        guard let distanceMM else { return withoutProgram }
        guard distanceMM.isFinite else { return disagreementFloor }
        return disagreementFloor + (1 - disagreementFloor) / (1 + max(0, distanceMM - fullAgreementMM) / agreementScaleMM)
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
