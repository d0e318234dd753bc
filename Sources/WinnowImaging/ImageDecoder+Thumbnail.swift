extension ImageDecoder {
    /// Decodes a file and box-filters it to a thumbnail in one call. A JPEG is decoded no larger than
    /// the thumbnail needs (DCT scaling down to 1/8): a 557-byte JPEG declaring 10000x10000 cost 708 MB
    /// decoded whole, and every core hashing one at once for the near-duplicate scan held that each.
    public static func decodeThumbnail(fileAt path: String, width: Int, height: Int,
                                       background: (UInt8, UInt8, UInt8)) throws(ImageDecodeError) -> RGBImage {
        try decode(fileAt: path, atLeast: (width, height)).areaAveraged(width: width, height: height, background: background)
    }
}
