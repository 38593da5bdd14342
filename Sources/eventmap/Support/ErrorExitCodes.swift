import Answers
import Foundation

/// The one table from error types to exit statuses: 2 for bad input (arguments, specs, reports,
/// names), 3 for files and streams that cannot be read or written and for a broken installation.
enum ErrorExitCodes {
    /// The status for an error eventmap raises; nil for any other (ArgumentParser's own).
    static func status(of error: Error) -> ExitStatus? {
        switch FailureKind(of: error) {
        case .badInput: return .inputError
        case .unusableFiles: return .ioError
        case nil: return nil
        }
    }

    /// `error` itself when it is ours, else the first of ours found inside it: a typed argument's
    /// parser (`transform:`) throws our error, and ArgumentParser hands it back wrapped in its own.
    static func ownError(in error: Error) -> (Error, ExitStatus)? {
        ownError(within: error, depth: 0)
    }

    /// Walks the value's stored properties, enum payloads and tuples, a few levels deep.
    private static func ownError(within value: Any, depth: Int) -> (Error, ExitStatus)? {
        if let error = value as? Error, let status = status(of: error) { return (error, status) }
        guard depth < 6 else { return nil }
        for child in Mirror(reflecting: value).children {
            if let found = ownError(within: child.value, depth: depth + 1) { return found }
        }
        return nil
    }
}
