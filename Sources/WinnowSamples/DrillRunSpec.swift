/// Everything that makes one sample drill run what it is: layout, material, program and the
/// deliberate quirks it carries.
struct DrillRunSpec {
    let fileName: String
    let firmware: SampleFirmware
    let date: String
    let stack: CouponStack
    let steps: [DrillStep]
    /// Standard deviation of the noise on the recorded position, mm.
    var positionNoise = 0.002
    var glitch: PositionGlitch?
    /// Standard deviation of the torque noise (A): the coolant mist (MQL) and the spindle make it.
    var torqueNoise = 0.12
    /// Single-sample torque spikes (A added), at random samples.
    var spikes: [Double] = []
    /// Stretches of samples the controller never recorded (count of stretches, 10-40 samples each).
    var dropouts = 0
    /// The recording stops this far (mm) before the exit: the run never breaks through.
    var stopBeforeExit: Double?
    /// A NUL byte at the end of the Motor Name value, as some controllers write it.
    var nulInMotorName = false
    /// Free text in Cycle Parameters' Comment (Latin-1 accents welcome).
    var comment = ""
    /// Head Datas global and local counters (the `_ST_<global>_<local>` of the file name).
    let globalCounter: Int
    let localCounter: Int
    let seed: UInt64

    /// What the file is there to show, for the README and the generator's summary.
    let purpose: String
}
