import Answers
import ArgumentParser
import Foundation
import MapModel

/// Turns any error into one sentence on stderr and the exit status `ErrorExitCodes` gives it.
enum ErrorReporter {
    static func exit<Command: ParsableCommand>(with error: Error, command: Command.Type) -> Never {
        if let code = error as? ExitCode { Command.exit(withError: code) }
        if error is CheckFailed { Command.exit(withError: ExitStatus.checkFailed.exitCode) }
        // Our own error, or one a typed argument threw inside ArgumentParser's wrapper: our sentence only.
        if let (ours, status) = ErrorExitCodes.ownError(in: error) {
            report("\(ours)", status: status, json: wantsJSON)
        }
        // ArgumentParser's own: help and --version exit 0, usage errors print usage and exit 2.
        let parserCode = Command.exitCode(for: error)
        if parserCode == .success { Command.exit(withError: error) }
        if wantsJSON { report(Command.message(for: error), status: .inputError, json: true) }
        writeToStandardError(Command.fullMessage(for: error))
        Command.exit(withError: ExitStatus.inputError.exitCode)
    }

    /// Whether the command line asked for JSON; read from the arguments themselves, so that an error
    /// found while parsing them is reported as JSON too.
    static var wantsJSON: Bool {
        CommandLine.arguments.dropFirst().prefix { $0 != "--" }.contains("--json")
    }

    /// One sentence on stderr ("eventmap: …"), or with `--json` one object a script can parse:
    /// `{"error": sentence, "exitCode": n}`. Control characters from the input are escaped either
    /// way, so nothing raw reaches the terminal.
    private static func report(_ sentence: String, status: ExitStatus, json: Bool) -> Never {
        if json {
            var text = "{\"error\":\""
            TextEscaping.append(sentence, to: &text, rule: TextEscaping.json)
            writeToStandardError(text + "\",\"exitCode\":\(status.rawValue)}")
        } else {
            var text = ""
            TextEscaping.append(sentence, to: &text, rule: TextEscaping.terminal)
            writeToStandardError("eventmap: " + text)
        }
        Foundation.exit(status.rawValue)
    }

    /// Best effort: stderr is where failures are told, so a failure to write it has nowhere to go.
    static func writeToStandardError(_ message: String) {
        try? StandardStream.standardError.write(message.hasSuffix("\n") ? message : message + "\n")
    }
}
