import WinnowApp
import Foundation
import WinnowCore
import WinnowUI

/// Prints the bench figures against the budgets of DESIGN.md section 9.
enum BenchReport {
    static func print(_ r: BenchResult, chafaSeconds: Double?, size: TerminalSize, think: Double, json: Bool, source: String?) {
        let p50 = BenchResult.percentile(r.keyToScreen, 0.5) * 1000
        let p99 = BenchResult.percentile(r.keyToScreen, 0.99) * 1000
        let maxBytes = r.bytesPerItem.max() ?? 0
        let meanBytes = r.bytesPerItem.isEmpty ? 0 : r.bytesPerItem.reduce(0, +) / r.bytesPerItem.count
        var object = JSONObject([
            ("size", JSONValue("\(size.width)x\(size.height)")),
            ("items", JSONValue(r.keyToScreen.count)),
            ("think_ms", JSONValue(think * 1000)),
            ("cold_first_item_ms", JSONValue(r.coldFirstItem * 1000)),
            ("next_item_p50_ms", JSONValue(p50)),
            ("next_item_p99_ms", JSONValue(p99)),
            ("bytes_per_item_mean", JSONValue(meanBytes)),
            ("bytes_per_item_max", JSONValue(maxBytes)),
        ])
        if let chafaSeconds {
            object["chafa_per_image_ms"] = JSONValue(chafaSeconds * 1000)
            object["chafa_over_winnow_p50"] = JSONValue(p50 > 0 ? chafaSeconds * 1000 / p50 : 0)
        }
        if json {
            JSONOutput.print(.object(object))
            return
        }
        Swift.print("""
            next item on screen after a key (\(source ?? "1920x1080 PNG"), \(size.width)x\(size.height), \(Int(think * 1000)) ms between keys, \(r.keyToScreen.count) keys)
              p50 \(ms(p50))   p99 \(ms(p99))   budget p50 <= 10 ms, p99 <= 30 ms
              first item, nothing decoded yet: \(ms(r.coldFirstItem * 1000))
            bytes to the terminal per item change (256 colors)
              mean \(meanBytes / 1024) KB   max \(maxBytes / 1024) KB   budget <= 140 KB
            """)
        if let chafaSeconds {
            Swift.print("chafa, same PNG to the same cell size: \(ms(chafaSeconds * 1000)) per image (\(String(format: "%.1f", chafaSeconds * 1000 / max(p50, 0.001)))x winnow's p50)")
        } else {
            Swift.print("chafa not installed: no comparison (apt-get install chafa)")
        }
    }

    private static func ms(_ value: Double) -> String { String(format: "%.2f ms", value) }
}
