/// The Setitec file layouts the drilling samples are written in (DESIGN.md section 5).
enum SampleFirmware {
    /// Version 4: 12 data columns, Control Box Datas header split across 47 blank lines.
    case v4
    /// Version 8 as a MQTT-to-XLS converter writes it: `;`-separated, dot decimals in the data.
    case v8Converted
    /// Version 9: 9 data columns.
    case v9
    /// Version 11: the data header repeats `Gap Length (mm)`, 10 names over 9 values.
    case v11

    var version: Int {
        switch self {
        case .v4: return 4
        case .v8Converted: return 8
        case .v9: return 9
        case .v11: return 11
        }
    }

    var separator: String { self == .v8Converted ? ";" : "\t" }

    var dataColumns: [String] {
        let common = ["Position (mm)", "I Torque (A)", "I Thrust (A)", "I Torque Empty (A)", "I Thrust Empty (A)", "Step (nb)", "Stop code"]
        switch self {
        case .v4:
            return common + ["Mem Torque min (A)", "Mem Thrust min (A)", "Rotation Speed (rpm)", "Feed Speed (mm/s)", "Torque Power (W)"]
        case .v8Converted, .v9:
            return common + ["Torque Power (W)", "Gap Length (mm)"]
        case .v11:
            return common + ["Power (W)", "Gap Length (mm)", "Gap Length (mm)"]
        }
    }
}
