/// A drill run as recorded by a Setitec controller: its data channels and the metadata around
/// them (firmware version, date, sample rate, Program table, Step Results, ...).
public struct SignalRun: Sendable {
    public var channels: [SignalChannel] {
        didSet { plotted = SignalPlotSeries(channels) }
    }
    /// Samples per second, from General Infos (nil when the file does not say).
    public var sampleRate: Double?
    /// Firmware layout version (4, 7, 8, 9, 11 seen), from the file.
    public var firmwareVersion: Int?
    /// Sections as read, in file order: `{"General Infos": {...}, "Program": [...], "Step Results": [...], ...}`.
    public var metadata: JSONObject

    /// Derived once, since the plot reads them on every frame (see SignalRun+Derived).
    public private(set) var plotted: SignalPlotSeries

    public init(channels: [SignalChannel], sampleRate: Double?, firmwareVersion: Int?, metadata: JSONObject) {
        self.channels = channels
        self.sampleRate = sampleRate
        self.firmwareVersion = firmwareVersion
        self.metadata = metadata
        plotted = SignalPlotSeries(channels)
    }

    public var sampleCount: Int { channels.first?.values.count ?? 0 }

    public func channel(_ name: String) -> SignalChannel? { channels.first { $0.name == name } }
}
