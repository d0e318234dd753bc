/// What `winnow export` writes for text examples.
public enum TextExportFormat: String, CaseIterable, Sendable {
    /// Prompt/response pairs (or `{"messages"}` with `--chat`), or labelled texts `{"text","label"}`.
    case jsonl
    case csv
    /// A folder a Hugging Face `datasets.load_dataset("json", ...)` reads: one JSONL per split and `dataset_info.json`.
    case hf
    /// spaCy training data: `[text, {"cats": {...}, "entities": [[start, end, label]]}]` per example.
    case spacy
    /// Token-per-line BIO tags, for span data.
    case conll
}
