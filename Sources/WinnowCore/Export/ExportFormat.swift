/// The formats `winnow export` writes for screenshots (drill runs have `signals`).
public enum ExportFormat: String, CaseIterable, Sendable {
    case coco, yolo, voc, jsonl, csv
}
