import ArgumentParser
import Foundation

/// The `--json` flag every subcommand shares, and the one way results reach stdout.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON for machines (camelCase keys, units in key names) instead of text.")
    var json = false

    /// Prints `value` as JSON when `--json` was given, else the text from `text`.
    func emit<Value: Encodable>(_ value: Value, text: () -> String) throws {
        if json {
            StandardOutput.write(try JSONOutput.encode(value) + "\n")
        } else {
            let body = text()
            StandardOutput.write(body.hasSuffix("\n") ? body : body + "\n")
        }
    }
}

/// JSON as every subcommand writes it: sorted keys (stable across runs), pretty, no escaped slashes.
enum JSONOutput {
    static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .throw
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// Unbuffered-enough stdout writes that interleave correctly with stderr.
enum StandardOutput {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
