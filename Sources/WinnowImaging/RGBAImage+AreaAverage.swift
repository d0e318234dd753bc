extension RGBAImage {
    /// Resizes with a box filter for thumbnails: each output pixel is the mean of the source
    /// pixels in its span (see `ResampleSpans`: exact integer spans when shrinking, nearest
    /// pixel when enlarging), each pixel first composited over `background` by its alpha.
    ///
    /// The mean is exact, computed in integers from premultiplied sums:
    /// `(Σ c·a + bg·(255·n − Σ a)) / (255·n)`, rounded to nearest.
    public func areaAveraged(width targetWidth: Int, height targetHeight: Int,
                             background: (UInt8, UInt8, UInt8)) -> RGBImage {
        let columns = ResampleSpans(source: width, target: targetWidth)
        let rows = ResampleSpans(source: height, target: targetHeight)
        var output = [UInt8](repeating: 0, count: targetWidth * targetHeight * 3)
        // Per output column of the current output row: Σ r·a, Σ g·a, Σ b·a, Σ a.
        var sums = [Int](repeating: 0, count: targetWidth * 4)
        let sourceStride = width * 4
        pixels.withUnsafeBufferPointer { source in
            columns.starts.withUnsafeBufferPointer { columnStarts in
                columns.ends.withUnsafeBufferPointer { columnEnds in
                    sums.withUnsafeMutableBufferPointer { sums in
                        output.withUnsafeMutableBufferPointer { output in
                            for outputRow in 0..<targetHeight {
                                sums.update(repeating: 0)
                                for sourceRow in rows.starts[outputRow]..<rows.ends[outputRow] {
                                    Self.accumulate(row: source.baseAddress! + sourceRow * sourceStride,
                                                    columnStarts: columnStarts, columnEnds: columnEnds, into: sums)
                                }
                                Self.composite(sums: sums, rowCount: rows.ends[outputRow] - rows.starts[outputRow],
                                               columnStarts: columnStarts, columnEnds: columnEnds,
                                               background: background,
                                               into: output.baseAddress! + outputRow * targetWidth * 3)
                            }
                        }
                    }
                }
            }
        }
        return RGBImage(width: targetWidth, height: targetHeight, pixels: output)
    }

    /// Adds one source row's premultiplied samples into the per-column sums.
    @inline(__always)
    private static func accumulate(row: UnsafePointer<UInt8>, columnStarts: UnsafeBufferPointer<Int>,
                                   columnEnds: UnsafeBufferPointer<Int>, into sums: UnsafeMutableBufferPointer<Int>) {
        for column in 0..<columnStarts.count {
            var r = 0, g = 0, b = 0, a = 0
            var p = row + columnStarts[column] * 4
            let end = row + columnEnds[column] * 4
            while p < end {
                let alpha = Int(p[3])
                r &+= Int(p[0]) &* alpha
                g &+= Int(p[1]) &* alpha
                b &+= Int(p[2]) &* alpha
                a &+= alpha
                p += 4
            }
            sums[column * 4] &+= r
            sums[column * 4 + 1] &+= g
            sums[column * 4 + 2] &+= b
            sums[column * 4 + 3] &+= a
        }
    }

    /// Turns one output row of sums into RGB, filling uncovered alpha with the background.
    @inline(__always)
    private static func composite(sums: UnsafeMutableBufferPointer<Int>, rowCount: Int,
                                  columnStarts: UnsafeBufferPointer<Int>, columnEnds: UnsafeBufferPointer<Int>,
                                  background: (UInt8, UInt8, UInt8), into out: UnsafeMutablePointer<UInt8>) {
        let (backR, backG, backB) = (Int(background.0), Int(background.1), Int(background.2))
        for column in 0..<columnStarts.count {
            let weight = rowCount * (columnEnds[column] - columnStarts[column]) * 255
            let uncovered = weight - sums[column * 4 + 3]
            let half = weight / 2
            out[column * 3] = UInt8((sums[column * 4] + backR * uncovered + half) / weight)
            out[column * 3 + 1] = UInt8((sums[column * 4 + 1] + backG * uncovered + half) / weight)
            out[column * 3 + 2] = UInt8((sums[column * 4 + 2] + backB * uncovered + half) / weight)
        }
    }
}
