import Answers
import Foundation
import Gazetteer
import Reading

/// `eventmap extract --jsonl`: corpus mode. Each line `{"id": …, "text": …, "dateline": …?}` gives
/// the id and exactly what `extract --json` gives for the text (`LineFilter` reads, batches and
/// orders; a line that is no record is an error record `{"line": N, "error": …}`).
struct ExtractLines {
    let explaining: Bool
    let threads: Int?
    /// Whether claims are verified to places reached only by a guess (`--accept-guesses`).
    let acceptingGuesses: Bool

    /// The longest line read: a report at its limit (1 MB) with room for JSON escapes.
    static let maximumLineBytes = 3 * InputFile.Limit.report.rawValue

    func run(_ path: String, gazetteer: Gazetteer) throws {
        let lexicon = try DataFiles.lexicon()
        let resolver = BundledAreas.resolver(gazetteer)
        let explaining = explaining, acceptingGuesses = acceptingGuesses
        let answers = GazetteerAnswers()
        try LineFilter(threads: threads, maximumLineBytes: Self.maximumLineBytes).run(
            path, form: "give each line as {\"id\": …, \"text\": …}"
        ) { data, number in
            switch ExtractionRecord.parse(data) {
            case let .failure(problem):
                return LineFilter.failure(line: number, "line \(number): \(problem.reason).")
            case let .success(record):
                let extraction = ReportExtraction(
                    text: record.text, gazetteer: gazetteer, lexicon: lexicon, resolver: resolver, explaining: explaining,
                    filed: record.filed, sharedAnswers: answers, acceptsGuesses: acceptingGuesses)
                return LineFilter.answer(
                    ExtractionLine(id: record.id, report: ExtractionReport(extraction, explaining: explaining)), line: number)
            }
        }
    }
}
