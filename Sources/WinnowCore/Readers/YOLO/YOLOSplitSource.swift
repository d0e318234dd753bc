/// One entry of a split in data.yaml (`train: images/train`): a folder of images, a `.txt` list of
/// image paths, or one image, written relative to the data root.
struct YOLOSplitSource {
    let path: String
    /// Where it was read, `data.yaml:3`; the folder itself when it came from the usual layout.
    let location: String
}
