import WinnowCanvas
import WinnowCore

/// The part of the image box mode's zoom shows: centred on the selected box (so moving the box
/// pans), large enough to hold the box twice over, at most one image pixel per thumbnail pixel,
/// with the pane's aspect, inside the image.
enum ZoomRegion {
    static func current(_ state: AppState, pane: Rect) -> ImageRegion? {
        guard state.boxEditor?.zoom == true, let item = state.currentItem, let selected = state.selectedLabel,
              item.labels.indices.contains(selected), let box = item.labels[selected].bbox, box.isFinite,
              item.width > 0, item.height > 0 else { return nil }
        return around(box, imageWidth: item.width, imageHeight: item.height, paneWidth: pane.width, paneHeight: pane.height * 2)
    }

    static func around(_ box: BoundingBox, imageWidth W: Int, imageHeight H: Int, paneWidth pw: Int, paneHeight ph: Int) -> ImageRegion {
        // Image pixels per pane pixel: at least 1 (never magnify past one image pixel per half block).
        let scale = max(1, abs(box.width) * 2 / Double(pw), abs(box.height) * 2 / Double(ph))
        let w = min(W, Int((Double(pw) * scale).rounded(.up)))
        let h = min(H, Int((Double(ph) * scale).rounded(.up)))
        let cx = box.x + box.width / 2, cy = box.y + box.height / 2
        let x = min(max(0, Int(cx) - w / 2), W - w)
        let y = min(max(0, Int(cy) - h / 2), H - h)
        return ImageRegion(x: x, y: y, width: w, height: h)
    }
}
