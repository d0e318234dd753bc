import WinnowCore
import WinnowImaging

/// Everything written for one screenshot: its content id, PNG bytes, boxes and manifest line.
struct DatasetEntry {
    let painted: PaintedScreen
    let png: [UInt8]
    let imageID: String
    let annotations: [SampleAnnotation]
    let sequence: Int

    init(painted: PaintedScreen, annotations: [SampleAnnotation], sequence: Int) throws {
        self.painted = painted
        self.annotations = annotations
        self.sequence = sequence
        png = try PNGEncoder.encode(painted.image)
        imageID = String(SHA256.hex(of: png).prefix(16))
    }

    var imagePath: String { "images/\(imageID).png" }
    var annotationPath: String { "annotations/\(imageID).json" }
    var writesImage: Bool { !painted.screen.defects.contains(.missingImageFile) }

    /// 0 when the screen plants "unknown image size".
    private var recordedWidth: Int { painted.screen.defects.contains(.unknownImageSize) ? 0 : painted.image.width }
    private var recordedHeight: Int { painted.screen.defects.contains(.unknownImageSize) ? 0 : painted.image.height }

    var actionID: String {
        let number = String(sequence + 1)
        return "\(painted.screen.action.type.lowercased())-\(painted.target.category)-"
            + String(repeating: "0", count: max(0, 3 - number.count)) + number
    }

    var manifestLine: JSONValue {
        [
            "image_id": .string(imageID),
            "image": .string(imagePath),
            "annotations": .string(annotationPath),
            "width": .number(Double(recordedWidth)),
            "height": .number(Double(recordedHeight)),
            "action_id": .string(actionID),
            "action_type": .string(painted.screen.action.type),
            "active_states": .array(painted.screen.activeStates.map { .string($0) }),
            "success": .bool(painted.screen.action.success),
            "timestamp": .string(SampleTimestamp.iso8601(secondsAfterStart: sequence * 97)),
        ]
    }

    var annotationFile: JSONValue {
        [
            "image": .string(imagePath),
            "width": .number(Double(recordedWidth)),
            "height": .number(Double(recordedHeight)),
            "annotations": .array(annotations.map(\.json)),
            "context": [
                "screen": .string(painted.screen.name),
                "action_id": .string(actionID),
                "active_states": .array(painted.screen.activeStates.map { .string($0) }),
                "click": painted.screen.action.type == "CLICK"
                    ? [.number(Double(painted.target.rect.centerX)), .number(Double(painted.target.rect.centerY))] : .null,
                "capture_tool": "winnow-sample-generator",
            ],
        ]
    }
}
