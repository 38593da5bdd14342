import Answers
import ArgumentParser

/// The exit codes every subcommand uses.
enum ExitStatus: Int32 {
    /// A validation or verification ran and said no; its report was already printed.
    case checkFailed = 1
    /// Bad arguments or bad input data.
    case inputError = 2
    /// A file could not be read or written.
    case ioError = 3

    var exitCode: ExitCode { ExitCode(rawValue) }
}

/// Thrown by a command after printing a negative result, to exit 1 without a further message.
struct CheckFailed: Error {}
