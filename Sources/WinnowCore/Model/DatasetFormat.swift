/// The on-disk formats Winnow reads; the raw values are what `--format` takes.
public enum DatasetFormat: String, Sendable, CaseIterable {
    case screenshots
    case coco
    case voc
    /// Ultralytics YOLO: `data.yaml`, `images/`, `labels/`.
    case yolo
    /// A folder of Setitec `.xls` drill-run files.
    case signals
    /// Text examples: JSONL, JSON, CSV or CoNLL (one file).
    case text
    /// Image pairs: `session-*/` folders of an original, its transformed image and metadata (seed 002).
    case pairs
    case workspace
}
