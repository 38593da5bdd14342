import Foundation

/// Work started on another thread now and collected later, for a cold command whose steps do not
/// depend on each other: `render` parses the SVG 1.1 DTD (some 8 ms) on a second core while it draws.
final class BackgroundWork<Value>: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private let work: () throws -> Value
    /// Written once by the worker before it signals `finished`; read only after waiting for it.
    private var result: Result<Value, Error>?

    init(_ work: @escaping () throws -> Value) {
        self.work = work
        Thread.detachNewThread { [self] in
            result = Result(catching: self.work)
            finished.signal()
        }
    }

    /// Waits for the work to end, whatever its answer: a caller that fails before it needs the answer
    /// still must not let the process exit while the work runs.
    func wait() {
        finished.wait()
        finished.signal()
    }

    /// The work's answer (or its error), waiting for it if it is still running.
    func value() throws -> Value {
        finished.wait()
        defer { finished.signal() }
        return try result!.get()
    }
}
