import Foundation

// One binary, one target per run: WINNOW_FUZZ_TARGET names it (scripts/fuzz.sh sets it).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

let targetName = ProcessInfo.processInfo.environment["WINNOW_FUZZ_TARGET"] ?? ""
guard let selected = FuzzTarget(rawValue: targetName) else {
    FileHandle.standardError.write(Data("set WINNOW_FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: " "))\n".utf8))
    exit(2)
}
FuzzTarget.current = selected
var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argc, &argv) { data, size in
    FuzzTarget.current.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
})
