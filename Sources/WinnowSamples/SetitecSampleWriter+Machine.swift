/// The sections about the machine and its settings: Motor, Head, Pset, Cycle Parameters.
extension SetitecSampleWriter {
    func writeMotor(_ out: inout SetitecTextBuilder) {
        out.section("Motor Datas", width: 13)
        var names = ["Motor Name", "Motor Type", "Motor STSE", "Motor SN", "Motor Operation Time", "Motor M2 Ratio",
                     "Motor M1 CW Ratio", "Motor M1 CCW Ratio", "Motor Winch Limit"]
        let ratio = { (value: Double) in self.firmware == .v4 ? SetitecTextBuilder.number(value, decimals: 3, comma: false)
            : " " + SetitecTextBuilder.number(value, decimals: 3) }
        // Some controllers end the motor name with a NUL byte.
        let motorName = spec.nulInMotorName ? "Light_EDU\u{0}" : "Light_EDU"
        var values = [motorName, "L_EDU", "5058", "1707\(spec.globalCounter)", "\(21_000 + spec.localCounter)",
                      ratio(21.923), ratio(0.947), ratio(0.947), "0"]
        if firmware == .v11 {
            names += ["Motor Production Date", "Motor Maintenance Date"]
            values += ["01/01/2016", "01/01/2016"]
        }
        out.row(names, width: 13)
        out.row(values, width: 13)
        out.blank(width: 13)
    }

    func writeHead(_ out: inout SetitecTextBuilder) {
        out.section("Head Datas", width: 13)
        let ratio = firmware == .v4 ? "1.000" : " 1,000"
        let counters = ["\(spec.globalCounter)", "\(spec.localCounter)"]
        switch firmware {
        case .v4:
            out.row(["Head Name", "Head Type", "Head TAG UID", "Head Global Counter", "Head Local Counter", "Head M1 Ratio",
                     "Head M2 Ratio", "Customer Info"], width: 12)
            out.row(["SAMPLE-HEAD", "Concentric Collet", "Light"] + counters + [ratio, ratio, "ST00010049"], width: 12)
        case .v8Converted, .v9, .v11:
            var names = ["Head Name", "Head Type", "Head TAG UID", "Head Global Counter", "Head Local Counter 1",
                         "Head Local Counter 2", "Head M1 Ratio", "Head M2 Ratio", "Customer Info", "Micropeck Osc.", "Micropeck Amplitude"]
            var values = ["SAMPLE-HEAD", "Concentric Collet", "Light"] + counters + ["\(300 + spec.localCounter)", ratio, ratio, "ST00010049", "0", "0"]
            if firmware == .v11 {
                names.append("Module Disable")
                values.append("FALSE")
            }
            out.row(names, width: 13)
            out.row(values, width: 13)
        }
        out.blank(width: 9)
    }

    /// v4 writes "Pset n°" (a Latin-1 degree sign); later versions "Pset Nb.".
    func writePset(_ out: inout SetitecTextBuilder) {
        out.section("Pset", width: 9)
        out.row(["Pset Type", firmware == .v4 ? "Pset n°" : "Pset Nb.", "Version"], width: 9)
        out.row(["Standard", "0", firmware == .v4 ? "6" : "9"], width: 9)
        out.blank(width: 9)
    }

    /// A `Comment` header followed by its value line (blank when there is no comment).
    func writeCycleParameters(_ out: inout SetitecTextBuilder) {
        out.section("Cycle Parameters", width: 9)
        if firmware == .v4 {
            out.row(["Max cycles", "CC Pressure", "Max Stroke (mm)", "Vacuum Delay (ms)"])
            out.row(["300", "9", "0,000000", "0"])
        } else {
            out.row(["Max cycles Limit 1", "Max cycles Limit 2", "CC Pressure", "Max Stroke (mm)", "Vacuum Delay (ms)",
                     "Vacuum Flow min (m/s)", "Retract Rotation Speed (rpm)", "Retract Feed (m/s)", "Disable Abort"])
            out.row(["1000", "0", "9", "0,000", "0", "0,000", "300", "13,684", "0"])
            out.blank(width: 9)
            out.row(["Comment"], width: 9)
            if spec.comment.isEmpty { out.blank(width: 9) } else { out.row([spec.comment], width: 9) }
        }
        out.row(["Cutting tool breakage On/Off", "Cutting tool breakage DEP (mm)", "Cutting tool breakage Thrust (A)",
                 "Cutting tool breakage Torque (A)"])
        out.row(["0,000", "0,000", "0,000", "0,000"])
        if firmware != .v4 {
            out.row(["Lub Preload Time (s)", "Lub Preload Lub Air", "Lub Preload Lub Flow", "Lub Preload Timeout (s)"])
            out.row(["0,000", "5,000", "30,000", "0,000"])
        }
        out.blank(width: 22)
    }
}
