import ArgumentParser
import Foundation
import Gazetteer

/// Maps any error to one sentence on stderr and an `ExitStatus`.
enum ErrorReporter {
    static func exit<Command: ParsableCommand>(with error: Error, command: Command.Type) -> Never {
        if let code = error as? ExitCode { Command.exit(withError: code) }
        if error is CheckFailed { Command.exit(withError: ExitStatus.checkFailed.exitCode) }
        if let status = status(of: error) {
            writeToStandardError("eventmap: \(error)")
            Command.exit(withError: status.exitCode)
        }
        // An ArgumentParser error: help and --version exit 0, usage errors print usage and exit 2.
        let parserCode = Command.exitCode(for: error)
        if parserCode == .success { Command.exit(withError: error) }
        writeToStandardError(Command.fullMessage(for: error))
        Command.exit(withError: ExitStatus.inputError.exitCode)
    }

    /// The status for errors eventmap itself raises; nil for ArgumentParser's own.
    static func status(of error: Error) -> ExitStatus? {
        switch error {
        case is IOFailure, is CocoaError: return .ioError
        case GazetteerError.dataUnreadable: return .ioError
        case _ where String(reflecting: type(of: error)).hasPrefix("ArgumentParser."): return nil
        default: return .inputError
        }
    }

    static func writeToStandardError(_ message: String) {
        FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
    }
}
