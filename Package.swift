// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Winnow",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "winnow", targets: ["winnow"]),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", pkgConfig: "ncursesw"),
        .systemLibrary(name: "CPNG", pkgConfig: "libpng"),
        .systemLibrary(name: "CJPEG"),
        .target(name: "WinnowCore"),
        .target(name: "WinnowImaging", dependencies: ["CPNG", "CJPEG"]),
        .target(name: "WinnowCanvas"),
        .target(name: "WinnowUI", dependencies: ["WinnowCore", "WinnowCanvas"]),
        .target(name: "WinnowTerminal", dependencies: ["WinnowCanvas", "CNcursesw"]),
        .target(name: "WinnowSamples", dependencies: ["WinnowCore", "WinnowImaging"]),
        .executableTarget(
            name: "winnow",
            dependencies: ["WinnowCore", "WinnowImaging", "WinnowCanvas", "WinnowUI", "WinnowTerminal", "WinnowSamples"]),
        .executableTarget(name: "winnow-sample-generator", dependencies: ["WinnowSamples"], path: "Sources/SampleGenerator"),
        .testTarget(name: "WinnowCoreTests", dependencies: ["WinnowCore", "WinnowImaging", "WinnowSamples"]),
        .testTarget(name: "WinnowImagingTests", dependencies: ["WinnowImaging", "WinnowCore"]),
        .testTarget(name: "WinnowCanvasTests", dependencies: ["WinnowCanvas"]),
        .testTarget(name: "WinnowTerminalTests", dependencies: ["WinnowTerminal", "WinnowCanvas"]),
        .testTarget(name: "WinnowUITests", dependencies: ["WinnowUI", "WinnowCore", "WinnowCanvas"]),
        .testTarget(name: "WinnowEndToEndTests", dependencies: ["winnow", "winnow-sample-generator"]),
    ]
)
