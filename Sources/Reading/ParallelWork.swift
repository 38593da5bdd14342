import Foundation

/// Independent pieces of one report's reading run on every core (a long report's `SentenceChunks`),
/// answers in index order so output stays byte-identical whatever the cores.
public enum ParallelWork {
    /// The cores this process may use, asked once: the answer reads the scheduler's CPU mask, a
    /// hundredth of a short report's reading when asked per report.
    public static let cores = ProcessInfo.processInfo.activeProcessorCount

    /// `body(0) … body(count - 1)` on every core, answers in index order.
    static func map<Answer>(_ count: Int, _ body: (Int) -> Answer) -> [Answer] {
        guard count > 1 else { return (0..<count).map(body) }
        return withoutActuallyEscaping(body) { body in
            let slots = Slots<Answer>(count: count, body: body)
            DispatchQueue.concurrentPerform(iterations: count) { slots.fill($0) }
            return slots.answers.map { $0! }
        }
    }

    /// Answers written by several threads, each slot once, under a lock (a handful of pieces).
    private final class Slots<Answer>: @unchecked Sendable {
        private var slots: [Answer?]
        private let lock = NSLock()
        let body: (Int) -> Answer

        init(count: Int, body: @escaping (Int) -> Answer) {
            slots = Array(repeating: nil, count: count)
            self.body = body
        }

        func fill(_ index: Int) {
            let answer = body(index)
            lock.withLock { slots[index] = answer }
        }

        var answers: [Answer?] { lock.withLock { slots } }
    }
}
