/// A named part of a YOLO dataset (`train`, `val`, `test`) and where its images are listed.
struct YOLOSplit {
    let name: String
    let sources: [YOLOSplitSource]
}
