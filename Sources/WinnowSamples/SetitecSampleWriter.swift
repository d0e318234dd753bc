import Foundation

/// Writes one simulated drill run as a Setitec file in its firmware's layout, with the quirks of
/// the real files (DESIGN.md section 5): Latin-1 bytes, decimal commas, padded lines, `Inf` in the
/// Program table of a switched-off step, and whatever the run's spec adds.
struct SetitecSampleWriter {
    let spec: DrillRunSpec
    let samples: [DrillSample]

    var firmware: SampleFirmware { spec.firmware }

    /// The file's bytes: Latin-1, as the controllers write.
    func bytes() -> Data {
        guard let data = text().data(using: .isoLatin1) else { preconditionFailure("\(spec.fileName): text outside Latin-1") }
        return data
    }

    func text() -> String {
        var out = SetitecTextBuilder(separator: firmware.separator)
        writeGeneralInfos(&out)
        writeControlBox(&out)
        writeMotor(&out)
        writeHead(&out)
        writePset(&out)
        writeCycleParameters(&out)
        writeProgram(&out)
        if firmware == .v11 { writeExternalInfos(&out) }
        writeResults(&out)
        if firmware != .v4 { writeStepResults(&out) }
        writeData(&out)
        return out.text
    }

    private func writeGeneralInfos(_ out: inout SetitecTextBuilder) {
        out.section("General Infos", width: 13)
        switch firmware {
        case .v4:
            out.row(["Version", "Date", "Sample Rate (Hz)"], width: 12)
            out.row(["4", spec.date, "100"], width: 12)
        case .v8Converted, .v9, .v11:
            let separatorField = firmware == .v11 ? "Decimal Separator" : "Decimal Separator separator"
            out.row(["Version", "Date", "Sample Rate (Hz)", "Drilling Cycle ID", separatorField], width: 13)
            out.row(["\(firmware.version)", spec.date, "100", "\(cycleID)", "Comma"], width: 13)
        }
        out.blank(width: 13)
    }

    /// v4 breaks this header after "BOX Maintenance Date", leaves 47 empty lines, and goes on
    /// with a line that starts with that name again.
    private func writeControlBox(_ out: inout SetitecTextBuilder) {
        out.section("Control Box Datas", width: 13)
        let names = ["BOX Name", "BOX Type", "BOX SN", "BOX STSE", "BOX Customer Info", "BOX Release", "BOX Firmware Version",
                     "BOX Production Date", "BOX Maintenance Date", "BOX Operation Time", "BOX Power Supply Limit", "BOX Lub Pump Coef."]
        let values = ["CB-SAMPLE-\(spec.globalCounter / 1000)", "CB V2 - Standard", "2010\(spec.globalCounter)", "5006", "", "0",
                      firmware == .v4 ? "V 3.1.2" : "V 3.2.5", "01/01/2016", "01/01/2016", "\(600 + spec.localCounter)", "3000",
                      firmware == .v4 ? "1.000" : " 1,000"]
        if firmware == .v4 {
            out.row(Array(names[0...8]))
            out.emptyLines(47)
            out.row(Array(names[8...]))
            out.row(values)
        } else {
            out.row(names + ["Pset Default Selection"])
            out.row(values + ["FALSE"])
        }
        out.blank(width: 13)
    }

    private func writeData(_ out: inout SetitecTextBuilder) {
        out.section("Datas", width: 10)
        out.row(firmware.dataColumns)
        let comma = firmware != .v8Converted
        for sample in samples { out.row(dataCells(sample, comma: comma)) }
    }

    private func dataCells(_ sample: DrillSample, comma: Bool) -> [String] {
        let number = { (value: Double) in SetitecTextBuilder.number(value, decimals: 3, comma: comma) }
        let common = [sample.position, sample.torque, sample.thrust, sample.torqueEmpty, sample.thrustEmpty,
                      Double(sample.step), Double(sample.stopCode)].map(number)
        switch firmware {
        case .v4:
            return common + [number(0), number(0), number(-sample.rpm), number(sample.feed), number(sample.power)]
        case .v8Converted, .v9, .v11:
            return common + [number(sample.power), number(0)]
        }
    }

    /// A stable cycle id derived from the counters.
    var cycleID: Int { 1_000_000_000 + spec.globalCounter * 1000 + spec.localCounter }
}
