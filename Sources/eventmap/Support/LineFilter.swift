import Answers
import Foundation

/// The batch modes' engine (`extract --jsonl`, `geocode --batch`, `verify --batch`): lines in (a
/// file or `-`), one JSON line out per input line, in input order. Lines are answered on every core
/// in batches, so memory stays bounded by a batch and one line's work per core, whatever the input's
/// length. A line that cannot be answered becomes its own error record and the run goes on; the
/// exit status is 2 at the end when any did. A stateless filter: it scales out as the map step of
/// any engine (README, "Scale").
struct LineFilter {
    /// What one line gave: its JSON, and whether it is an error record.
    struct Answer: Sendable {
        let json: String
        let failed: Bool
    }

    let threads: Int
    /// The longest line read; a longer one is answered by `tooLong` without being held.
    let maximumLineBytes: Int
    /// A batch ends at this many lines per core or this many bytes, whichever comes first: a few
    /// for documents that take milliseconds each, hundreds for names that take microseconds, so the
    /// cores are not kept waiting at the end of every batch.
    let linesPerThread: Int
    var batchBytes = 4_000_000

    init(threads requested: Int?, maximumLineBytes: Int, linesPerThread: Int = 16) {
        threads = OrderedParallelMap.threads(requested: requested)
        self.maximumLineBytes = maximumLineBytes
        self.linesPerThread = linesPerThread
    }

    /// Answers every non-blank line of `path` (or standard input for "-"); `form` says what a line
    /// must be, for the closing sentence when some were not.
    func run(_ path: String, form: String, answer: @Sendable (Data, Int) -> Answer) throws {
        let input: FileHandle
        let name: String
        if path == "-" {
            (input, name) = (FileHandle.standardInput, "standard input")
        } else {
            (input, name) = (try InputFile.regularFile(path).handle, path)
        }
        let limit = maximumLineBytes
        var stream = LineStream(handle: input, name: name, maximumBytes: limit)
        var batch: [LineStream.Line] = []
        var bytes = 0
        var failed = 0
        var total = 0
        func flush() throws {
            let answers = OrderedParallelMap.map(batch, threads: threads) { line -> Answer in
                switch line {
                case let .text(data, number): return answer(data, number)
                case let .tooLong(number): return Self.failure(line: number, "line \(number) is longer than \(limit) bytes; split it.")
                }
            }
            failed += answers.filter(\.failed).count
            total += answers.count
            try StandardStream.standardOutput.write(answers.map { $0.json + "\n" }.joined())
            batch.removeAll(keepingCapacity: true)
            bytes = 0
        }
        while let line = try stream.next() {
            if case let .text(data, _) = line {
                // Blank lines (a trailing one, say) ask nothing.
                if data.allSatisfy({ [0x20, 0x09, 0x0D].contains($0) }) { continue }
                bytes += data.count
            }
            batch.append(line)
            if batch.count >= linesPerThread * threads || bytes >= batchBytes { try flush() }
        }
        try flush()
        if failed > 0 {
            throw InputError(
                description: "\(name): \(failed) of \(total) lines could not be answered (their error records say why); \(form).")
        }
    }

    /// An error record: the line and the sentence.
    struct Failure: Encodable {
        let line: Int
        let error: String
    }

    /// `value` as an answer, or its encoding failure as an error record.
    static func answer<Value: Encodable>(_ value: Value, line: Int, failed: Bool = false) -> Answer {
        do {
            return Answer(json: try JSONOutput.line(value), failed: failed)
        } catch {
            return Answer(json: (try? JSONOutput.line(Failure(line: line, error: "line \(line): \(error)"))) ?? "{}", failed: true)
        }
    }

    static func failure(line: Int, _ sentence: String) -> Answer {
        answer(Failure(line: line, error: sentence), line: line, failed: true)
    }
}
