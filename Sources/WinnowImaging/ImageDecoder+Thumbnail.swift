extension ImageDecoder {
    /// Decodes a file and box-filters it to a thumbnail in one call.
    public static func decodeThumbnail(fileAt path: String, width: Int, height: Int,
                                       background: (UInt8, UInt8, UInt8)) throws(ImageDecodeError) -> RGBImage {
        try decode(fileAt: path).areaAveraged(width: width, height: height, background: background)
    }
}
