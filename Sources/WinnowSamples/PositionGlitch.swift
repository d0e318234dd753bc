/// A stretch where the recorded position jumps back (a slipping encoder, a peck): makes a run's
/// depth axis doubtful on purpose.
struct PositionGlitch {
    /// Depth (mm) where the jump back starts.
    let atDepth: Double
    /// How far back it goes (mm).
    let back: Double
    /// How many samples it lasts.
    let samples: Int
}
