// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Winnow",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "winnow", targets: ["winnow"]),
        .executable(name: "winnow-bench", targets: ["winnow-bench"]),
        // For scripts/fuzz, a separate package that `swift test` does not build.
        .library(name: "WinnowLibraries", targets: ["WinnowCore", "WinnowImaging", "WinnowUI"]),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", pkgConfig: "ncursesw"),
        .systemLibrary(name: "CPNG", pkgConfig: "libpng"),
        .systemLibrary(name: "CJPEG"),
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        .target(name: "WinnowCore"),
        .target(name: "WinnowImaging", dependencies: ["CPNG", "CJPEG"]),
        .target(name: "WinnowCanvas"),
        .target(name: "WinnowPostgres", dependencies: ["WinnowCore", "CLibPQ"]),
        .target(name: "WinnowUI", dependencies: ["WinnowCore", "WinnowCanvas"]),
        .target(name: "WinnowTerminal", dependencies: ["WinnowCanvas", "CNcursesw"]),
        .target(name: "WinnowSamples", dependencies: ["WinnowCore", "WinnowImaging"]),
        .target(name: "WinnowApp", dependencies: ["WinnowCore", "WinnowImaging", "WinnowCanvas", "WinnowUI", "WinnowTerminal", "WinnowPostgres"]),
        .executableTarget(
            name: "winnow",
            dependencies: ["WinnowApp", "WinnowCore", "WinnowCanvas", "WinnowUI", "WinnowTerminal", "WinnowSamples"]),
        .executableTarget(
            name: "winnow-bench",
            dependencies: ["WinnowApp", "WinnowCore", "WinnowImaging", "WinnowCanvas", "WinnowUI", "WinnowTerminal", "WinnowSamples", "WinnowPostgres"]),
        .executableTarget(name: "winnow-sample-generator", dependencies: ["WinnowSamples"], path: "Sources/SampleGenerator"),
        .target(name: "WinnowTestSupport", dependencies: ["WinnowCanvas", "WinnowUI", "WinnowSamples"], path: "Tests/WinnowTestSupport"),
        .testTarget(name: "WinnowCoreTests", dependencies: ["WinnowCore", "WinnowImaging", "WinnowSamples", "WinnowTestSupport"],
                    exclude: ["FuzzFindings"]),
        .testTarget(name: "WinnowImagingTests", dependencies: ["WinnowImaging", "WinnowCore", "WinnowTestSupport"]),
        .testTarget(name: "WinnowPostgresTests", dependencies: ["WinnowPostgres", "WinnowCore", "WinnowTestSupport"]),
        .testTarget(name: "WinnowCanvasTests", dependencies: ["WinnowCanvas", "WinnowTestSupport"]),
        .testTarget(name: "WinnowTerminalTests", dependencies: ["WinnowTerminal", "WinnowCanvas", "WinnowTestSupport"]),
        .testTarget(name: "WinnowUITests", dependencies: ["WinnowUI", "WinnowCore", "WinnowCanvas", "WinnowTestSupport"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "WinnowAppTests", dependencies: ["WinnowApp", "WinnowCore", "WinnowCanvas", "WinnowUI", "WinnowSamples", "WinnowTestSupport"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "WinnowEndToEndTests", dependencies: ["winnow", "winnow-bench", "winnow-sample-generator", "WinnowApp", "WinnowTestSupport"],
                    exclude: ["Snapshots"]),
    ]
)
