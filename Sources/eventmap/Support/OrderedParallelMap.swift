import Answers
import Foundation

/// A batch mapped on every core, results in input order: each item is independent (a document of
/// a corpus), and at most one item per core is in flight, so memory grows with the cores, not the
/// batch.
enum OrderedParallelMap {
    /// The cores to use: `ProcessInfo.activeProcessorCount`, or fewer when asked (`--threads`).
    static func threads(requested: Int?) -> Int {
        max(1, min(requested ?? ProcessInfo.processInfo.activeProcessorCount, ProcessInfo.processInfo.activeProcessorCount))
    }

    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], threads: Int, _ transform: @Sendable (Item) -> Result
    ) -> [Result] {
        guard threads > 1, items.count > 1 else { return items.map(transform) }
        let slots = Slots<Result>(count: items.count)
        // Items are dealt out one at a time, so a slow document holds up only its own thread.
        let next = Slots<Int>(count: 1)
        next.store(0, at: 0)
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            while let index = next.takeTicket(below: items.count) {
                slots.store(transform(items[index]), at: index)
            }
        }
        return slots.values()
    }

    /// Results written by several threads, each slot once.
    private final class Slots<Value: Sendable>: @unchecked Sendable {
        private var items: [Value?]
        private let lock = NSLock()

        init(count: Int) { items = Array(repeating: nil, count: count) }

        func store(_ value: Value, at index: Int) {
            lock.withLock { items[index] = value }
        }

        func values() -> [Value] {
            lock.withLock { items.compactMap { $0 } }
        }

        /// The next index to work on, for a counter kept in slot 0; nil when all are dealt out.
        func takeTicket(below count: Int) -> Int? where Value == Int {
            lock.withLock {
                guard let current = items[0], current < count else { return nil }
                items[0] = current + 1
                return current
            }
        }
    }
}
