import Foundation

/// Runs the answers' synchronous, CPU-bound work off Swift's cooperative threads (which must not
/// block), at most one job per core at a time, and gives up waiting after a time limit.
/// (`@unchecked`: OperationQueue is thread-safe, but not marked Sendable.)
final class WorkQueue: @unchecked Sendable {
    let timeoutSeconds: Double
    private let queue: OperationQueue

    init(timeoutSeconds: Double) {
        self.timeoutSeconds = timeoutSeconds
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = ProcessInfo.processInfo.activeProcessorCount
        queue.name = "eventmap answers"
        self.queue = queue
    }

    /// The request took too long: answered 503, its job dropped if it has not started (a started
    /// one runs to its end; every answer's input is bounded, so that end comes).
    struct TimedOut: Error, CustomStringConvertible {
        let seconds: Double
        var description: String {
            "The request took longer than \(seconds.formatted()) s and was stopped; send a smaller input, or start the server with "
                + "a longer --timeout."
        }
    }

    func run<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        let timeoutSeconds = timeoutSeconds
        return try await withCheckedThrowingContinuation { continuation in
            let once = ResumeOnce(continuation)
            let operation = BlockOperation { once.resume(with: Result { try work() }) }
            queue.addOperation(operation)
            DispatchQueue.global().asyncAfter(deadline: .now() + timeoutSeconds) {
                if once.resume(with: .failure(TimedOut(seconds: timeoutSeconds))) { operation.cancel() }
            }
        }
    }
}

/// A continuation resumed by whichever comes first, the answer or the timer.
private final class ResumeOnce<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Value, Error>?

    init(_ continuation: CheckedContinuation<Value, Error>) { self.continuation = continuation }

    /// Whether this call resumed it (false when the other one already had).
    @discardableResult
    func resume(with result: Result<Value, Error>) -> Bool {
        guard
            let continuation = lock.withLock({ () -> CheckedContinuation<Value, Error>? in
                defer { self.continuation = nil }
                return self.continuation
            })
        else { return false }
        continuation.resume(with: result)
        return true
    }
}
