/// Why a line of a YOLO label file gives no box.
struct YOLOLineError: Error, Equatable {
    let message: String
}
