import Foundation

/// Every reader and parser Winnow has, each fed one fuzz input at a time. A target only has to
/// return: a crash, a hang or an unbounded allocation is what libFuzzer reports.
enum FuzzTarget: String, CaseIterable {
    case json, coco, screens, setitec, csv, conll, textJSON = "text-json", voc, yolo, png, jpeg, appearance, filter, journal

    nonisolated(unsafe) static var current = FuzzTarget.json

    func run(_ bytes: [UInt8]) {
        switch self {
        case .json: Self.json(bytes)
        case .coco: Self.coco(bytes)
        case .screens: Self.screens(bytes)
        case .setitec: Self.setitec(bytes)
        case .csv: Self.csv(bytes)
        case .conll: Self.conll(bytes)
        case .textJSON: Self.textJSON(bytes)
        case .voc: Self.voc(bytes)
        case .yolo: Self.yolo(bytes)
        case .png: Self.image(bytes, name: "a.png")
        case .jpeg: Self.image(bytes, name: "a.jpg")
        case .appearance: Self.appearance(bytes)
        case .filter: Self.filter(bytes)
        case .journal: Self.journal(bytes)
        }
    }
}
