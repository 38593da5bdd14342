import Foundation

/// A long report's place passes, run on every core: its capitalised runs cut into chunks of whole
/// sentences, each read by its own extractor, the answers joined in text order. The answer is the
/// one a single pass gives: what a rule reads of the text before a name (the place before it as a
/// list's or a government's neighbour) never reaches across a sentence, and the report-wide facts
/// (countries named, counts, surnames, ships, anchors) are given to every chunk alike.
enum ChunkedPasses {
    /// Reports shorter than this (code points) are read in one pass: most reports are a few
    /// thousand, and threads would cost more than they save.
    static let minimumScalars = 64_000

    /// The runs in chunks of about equal length, cut only where a run starts a new sentence: one
    /// chunk for a short report or one core, else two per core (for balance).
    static func chunks(of runs: [ReportText.CapitalisedRun], in report: ReportText, parallelism: Int) -> [[ReportText.CapitalisedRun]] {
        guard parallelism > 1, report.scalars.count >= minimumScalars, runs.count > 1 else { return [runs] }
        let target = report.scalars.count / (parallelism * 2)
        var chunks: [[ReportText.CapitalisedRun]] = [[]]
        var chunkStart = 0
        var previousSentence = -1
        for run in runs {
            let sentence = report.sentence(containing: run.range.lowerBound).lowerBound
            if run.range.lowerBound - chunkStart >= target, sentence != previousSentence, !chunks[chunks.count - 1].isEmpty {
                chunks.append([])
                chunkStart = run.range.lowerBound
            }
            chunks[chunks.count - 1].append(run)
            previousSentence = report.sentence(containing: max(run.range.upperBound - 1, run.range.lowerBound)).lowerBound
        }
        return chunks
    }
}
