import ArgumentParser
import Foundation

/// Turns any error into one sentence on stderr and the exit status `ErrorExitCodes` gives it.
enum ErrorReporter {
    static func exit<Command: ParsableCommand>(with error: Error, command: Command.Type) -> Never {
        if let code = error as? ExitCode { Command.exit(withError: code) }
        if error is CheckFailed { Command.exit(withError: ExitStatus.checkFailed.exitCode) }
        // Our own error, or one a typed argument threw inside ArgumentParser's wrapper: our sentence only.
        if let (ours, status) = ErrorExitCodes.ownError(in: error) {
            writeToStandardError("eventmap: \(ours)")
            Command.exit(withError: status.exitCode)
        }
        // ArgumentParser's own: help and --version exit 0, usage errors print usage and exit 2.
        let parserCode = Command.exitCode(for: error)
        if parserCode == .success { Command.exit(withError: error) }
        writeToStandardError(Command.fullMessage(for: error))
        Command.exit(withError: ExitStatus.inputError.exitCode)
    }

    /// Best effort: stderr is where failures are told, so a failure to write it has nowhere to go.
    static func writeToStandardError(_ message: String) {
        try? StandardStream.standardError.write(message.hasSuffix("\n") ? message : message + "\n")
    }
}
