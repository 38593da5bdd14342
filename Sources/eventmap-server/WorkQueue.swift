import Foundation

/// Runs the answers' synchronous, CPU-bound work off Swift's cooperative threads (which must not
/// block), at most one job per core at a time, and stops waiting after a time limit.
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

    /// The work's answer, or `TimedOut`. The timer is a task cancelled as soon as the answer comes,
    /// so nothing outlives a request (a dispatch timer per request would hold its memory for the
    /// whole timeout, at thousands of requests a second).
    func run<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        let timeoutSeconds = timeoutSeconds
        return try await withThrowingTaskGroup(of: Value.self) { group in
            group.addTask { try await self.queued(work) }
            group.addTask {
                try await Task.sleep(nanoseconds: UInt64(timeoutSeconds * 1e9))
                throw TimedOut(seconds: timeoutSeconds)
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { throw CancellationError() }
            return first
        }
    }

    /// The work on the queue, awaited; cancelling the task drops the job if it has not started.
    private func queued<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        let pending = Pending<Value>()
        let operation = BlockOperation { pending.finish(Result { try work() }) }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                pending.attach(continuation)
                queue.addOperation(operation)
            }
        } onCancel: {
            operation.cancel()
            pending.finish(.failure(CancellationError()))
        }
    }
}

/// One job's answer and its waiter, whichever arrives first: the continuation is resumed exactly
/// once, with the first result (the answer, or the cancellation).
private final class Pending<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Value, Error>?
    private var result: Result<Value, Error>?

    func attach(_ waiting: CheckedContinuation<Value, Error>) {
        let ready: Result<Value, Error>? = lock.withLock {
            if result == nil { continuation = waiting }
            return result
        }
        if let ready { waiting.resume(with: ready) }
    }

    func finish(_ outcome: Result<Value, Error>) {
        let waiting: CheckedContinuation<Value, Error>? = lock.withLock {
            guard result == nil else { return nil }
            result = outcome
            defer { continuation = nil }
            return continuation
        }
        waiting?.resume(with: outcome)
    }
}
