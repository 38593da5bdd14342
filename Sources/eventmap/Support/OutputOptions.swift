import Answers
import ArgumentParser
import Foundation

/// The `--json` flag every subcommand shares, and the one way results reach stdout.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON for machines (camelCase keys, units in key names) instead of text.")
    var json = false

    /// Prints `value` as JSON when `--json` was given, else the text from `text`.
    func emit<Value: Encodable>(_ value: Value, text: () -> String) throws {
        if json {
            try StandardStream.standardOutput.write(try JSONOutput.encode(value) + "\n")
        } else {
            let body = text()
            try StandardStream.standardOutput.write(body.hasSuffix("\n") ? body : body + "\n")
        }
    }
}

/// Standard output and error, written with write(2) so that a full disk, a closed pipe or
/// /dev/full becomes an `IOFailure` (exit 3) instead of a crash.
struct StandardStream {
    let descriptor: Int32
    let name: String

    static let standardOutput = StandardStream(descriptor: STDOUT_FILENO, name: "standard output")
    static let standardError = StandardStream(descriptor: STDERR_FILENO, name: "standard error")

    func write(_ text: String) throws {
        try FileDescriptorWriter.writeAll(Data(text.utf8), to: descriptor, name: name)
    }
}
