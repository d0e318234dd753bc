// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for every reader and parser. Built by scripts/fuzz.sh with
// `-sanitize=fuzzer`; `swift test` in the project never builds this package.
let package = Package(
    name: "WinnowFuzz",
    dependencies: [.package(name: "Winnow", path: "../..")],
    targets: [
        .executableTarget(
            name: "winnow-fuzz",
            dependencies: [.product(name: "WinnowLibraries", package: "Winnow")]),
    ]
)
