import Foundation
import Gazetteer
import Reading

/// `eventmap extract --jsonl`: corpus mode. JSON Lines in, one JSON line out per document, in input
/// order: a stateless line filter, so it scales out as the map step of any engine (README, "Scale").
/// Documents are read on every core in batches; memory stays bounded by the batch and one document
/// per core, whatever the corpus's length. A line that is no record becomes an error record
/// `{"line": N, "error": …}` and the run goes on; the exit status is 2 when any line failed.
struct ExtractLines {
    let explaining: Bool
    let threads: Int?

    /// The longest line read: a report at its limit (1 MB) with room for JSON escapes.
    static let maximumLineBytes = 3 * InputFile.Limit.report.rawValue
    /// A batch ends at this many documents per core or this much text, whichever comes first.
    static let documentsPerThread = 16
    static let batchBytes = 4_000_000

    func run(_ path: String, gazetteer: Gazetteer) throws {
        let input: FileHandle
        let name: String
        if path == "-" {
            (input, name) = (FileHandle.standardInput, "standard input")
        } else {
            (input, name) = (try InputFile.regularFile(path).handle, path)
        }
        let lexicon = try DataFiles.lexicon()
        let resolver = OccupiedOptions.resolver(gazetteer)
        let threads = OrderedParallelMap.threads(requested: threads)
        let explaining = explaining
        var stream = LineStream(handle: input, name: name, maximumBytes: Self.maximumLineBytes)
        var batch: [LineStream.Line] = []
        var bytes = 0
        var failed = 0
        var total = 0
        func flush() throws {
            let out = OrderedParallelMap.map(batch, threads: threads) { line in
                Self.extract(line, gazetteer: gazetteer, lexicon: lexicon, resolver: resolver, explaining: explaining)
            }
            failed += out.filter(\.isFailure).count
            total += out.count
            try StandardStream.standardOutput.write(try out.map { try JSONOutput.line($0) + "\n" }.joined())
            batch.removeAll(keepingCapacity: true)
            bytes = 0
        }
        while let line = try stream.next() {
            if case let .text(data, _) = line {
                // Blank lines (a trailing one, say) are no documents.
                if data.allSatisfy({ [0x20, 0x09, 0x0D].contains($0) }) { continue }
                bytes += data.count
            }
            batch.append(line)
            if batch.count >= Self.documentsPerThread * threads || bytes >= Self.batchBytes { try flush() }
        }
        try flush()
        if failed > 0 {
            throw InputError(
                description: "\(name): \(failed) of \(total) lines are no document records (their error records say why); "
                    + "give each line as {\"id\": …, \"text\": …}.")
        }
    }

    static func extract(
        _ line: LineStream.Line, gazetteer: Gazetteer, lexicon: Lexicon, resolver: EndpointResolver, explaining: Bool
    ) -> ExtractionLine {
        switch line {
        case let .tooLong(number):
            return .failed(line: number, error: "line \(number) is longer than \(maximumLineBytes / 1_000_000) MB; split the document.")
        case let .text(data, number):
            switch ExtractionRecord.parse(data) {
            case let .failure(problem):
                return .failed(line: number, error: "line \(number): \(problem.reason).")
            case let .success(record):
                let extraction = ReportExtraction(
                    text: record.text, gazetteer: gazetteer, lexicon: lexicon, resolver: resolver, explaining: explaining,
                    filed: record.filed)
                return .extracted(id: record.id, report: ExtractionReport(extraction, explaining: explaining))
            }
        }
    }
}
