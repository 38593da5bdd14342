import Foundation
import Gazetteer

/// Gazetteer answers shared by the reports of one run (`extract --jsonl`, the server's workbench).
/// A feed names the same places report after report, and what `PlaceExtractor.lookup` asks the
/// gazetteer is a pure function of the name and the country asked for, so each name is looked up
/// once per run instead of once per report. The answers cannot depend on which report asked first:
/// output stays the same in any order and on any number of threads.
///
/// Bounded: past `capacity` names (answers and misses each) it keeps what it holds and answers the
/// rest from the gazetteer, so memory stays constant on any corpus: an answer is at most ten matches
/// of about 300 bytes, so at most 30 MB at the default capacity (3 MB after the bench's 2,000 reports).
public final class GazetteerAnswers: @unchecked Sendable {
    public static let defaultCapacity = 10_000

    public let capacity: Int
    private let lock = NSLock()
    private var answers: [String: [GeocodeMatch]] = [:]
    private var misses: Set<String> = []

    public init(capacity: Int = GazetteerAnswers.defaultCapacity) {
        self.capacity = max(0, capacity)
    }

    /// The answer held for `key`, or nil when none is: an empty array is a remembered miss.
    func answer(for key: String) -> [GeocodeMatch]? {
        lock.lock()
        defer { lock.unlock() }
        if let known = answers[key] { return known }
        return misses.contains(key) ? [] : nil
    }

    /// Keeps `found` for `key` while there is room.
    func keep(_ found: [GeocodeMatch], for key: String) {
        lock.lock()
        defer { lock.unlock() }
        if found.isEmpty {
            if misses.count < capacity { misses.insert(key) }
        } else if answers.count < capacity {
            answers[key] = found
        }
    }
}
