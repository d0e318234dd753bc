/// How an export provides the images: links to the sources (the default: fast, no
/// copies), copies, or none (files then name the source images: COCO relative to `info.images`,
/// the others by absolute path).
public enum ExportImageMode: String, CaseIterable, Sendable {
    case link, copy, none
}
