import Foundation
import WinnowCanvas
import WinnowImaging
import WinnowUI

/// Decodes images into thumbnails off the UI thread (two at a time on this 2-core class of
/// machine) and hands the results back as actions the run loop collects.
package final class ThumbnailLoader: @unchecked Sendable {
    /// Behind the thumbnail, transparent pixels show this dark grey.
    package static let background: (UInt8, UInt8, UInt8) = (32, 32, 32)

    private let queue = DispatchQueue(label: "winnow.thumbnails", qos: .userInitiated, attributes: .concurrent)
    private let slots = DispatchSemaphore(value: 2)
    private let lock = NSLock()
    private var finished: [AppAction] = []
    private var inFlight = 0

    package func enqueue(_ requests: [ThumbnailRequest]) {
        lock.withLock { inFlight += requests.count }
        for request in requests {
            queue.async { [self] in
                slots.wait()
                let action = Self.load(request)
                slots.signal()
                lock.withLock {
                    finished.append(action)
                    inFlight -= 1
                }
            }
        }
    }

    /// Results that arrived since the last call.
    package func drain() -> [AppAction] {
        lock.withLock {
            defer { finished.removeAll() }
            return finished
        }
    }

    package var isBusy: Bool { lock.withLock { inFlight > 0 } }
    /// Nothing decoding and nothing waiting to be collected.
    package var isSettled: Bool { lock.withLock { inFlight == 0 && finished.isEmpty } }

    package static func load(_ request: ThumbnailRequest) -> AppAction {
        do {
            // A whole image may be decoded smaller (JPEG's DCT scaling) as long as it still covers the thumbnail.
            let atLeast = request.key.region == nil ? (request.key.width, request.key.height) : nil
            var image = try ImageDecoder.decode(fileAt: request.url.path, atLeast: atLeast)
            if let r = request.key.region { image = image.cropped(x: r.x, y: r.y, width: r.width, height: r.height) }
            let small = image.areaAveraged(width: request.key.width, height: request.key.height, background: background)
            return .thumbnailReady(request.key, PixelImage(width: small.width, height: small.height, rgb: small.pixels))
        } catch {
            return .imageFailed(item: request.key.item, message: error.reason)
        }
    }
}
