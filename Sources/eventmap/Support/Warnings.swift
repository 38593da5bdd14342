import Answers
import Foundation

/// Warnings about how a name was read, one stderr line each (and a `warnings` list in JSON).
enum Warnings {
    static func print(_ warnings: [String]) {
        for warning in warnings { ErrorReporter.writeToStandardError("eventmap: warning: \(warning)") }
    }
}
