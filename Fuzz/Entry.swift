import Foundation

#if FUZZING
    /// libFuzzer's entry point (built by scripts/fuzz with -sanitize=fuzzer,address -DFUZZING).
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
        FuzzHarness.selected.run(Data(bytes: bytes, count: count))
        return 0
    }

    /// libFuzzer's driver, which runs the fuzzing loop with the command line's options.
    @_silgen_name("LLVMFuzzerRunDriver")
    func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
    ) -> CInt

    /// SwiftPM links an executable's `main` to `<module>_main`; in a fuzzing build that entry hands
    /// control to libFuzzer's driver.
    @_cdecl("eventmap_fuzz_main")
    public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        var count = argc
        var arguments = argv
        return LLVMFuzzerRunDriver(&count, &arguments) { bytes, size in fuzzOneInput(bytes, size) }
    }
#else
    /// Without the fuzzer: replays saved inputs, so every corpus file and past crash stays a regression
    /// test. Usage: eventmap-fuzz HARNESS FILE...
    @main
    struct RegressionRunner {
        static func main() {
            let arguments = Array(CommandLine.arguments.dropFirst())
            guard let name = arguments.first, let harness = FuzzHarness(rawValue: name) else {
                let names = FuzzHarness.allCases.map(\.rawValue).joined(separator: ", ")
                FileHandle.standardError.write(Data("usage: eventmap-fuzz HARNESS FILE... (harnesses: \(names))\n".utf8))
                exit(2)
            }
            var replayed = 0
            for path in arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else {
                    FileHandle.standardError.write(Data("eventmap-fuzz: cannot read \(path)\n".utf8))
                    exit(3)
                }
                harness.run(data)
                replayed += 1
            }
            print("\(name): \(replayed) inputs replayed without a crash")
        }
    }
#endif
