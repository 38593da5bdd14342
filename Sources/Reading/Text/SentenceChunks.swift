/// A long report's pieces (capitalised runs, distance statements) cut into chunks of whole
/// sentences, to be read on every core, each chunk by its own reader, the answers joined in text
/// order. The answer is the one a single reading gives: what the place and claim rules read of the
/// text before an item (the place before a name as a list's or a government's neighbour, the claim
/// before a claim) never reaches across a sentence, and the report-wide facts (countries named,
/// counts, surnames, ships, anchors, statements per sentence) are given to every chunk alike.
enum SentenceChunks {
    /// Reports shorter than this (code points) are read in one piece: most reports are a few
    /// thousand, and threads would cost more than they save.
    static let minimumScalars = 64_000

    /// `items` (in text order, each spanning `range(item)`) in chunks of about equal length, cut only
    /// where an item starts a sentence the item before does not end in: one chunk for a short report
    /// or one core, else two per core (for balance).
    static func chunks<Item>(of items: [Item], in report: ReportText, parallelism: Int, range: (Item) -> Range<Int>) -> [[Item]] {
        guard parallelism > 1, report.scalars.count >= minimumScalars, items.count > 1 else { return [items] }
        let target = report.scalars.count / (parallelism * 2)
        var chunks: [[Item]] = [[]]
        var chunkStart = 0
        var previousSentence = -1
        for item in items {
            let span = range(item)
            let sentence = report.sentence(containing: span.lowerBound).lowerBound
            if span.lowerBound - chunkStart >= target, sentence != previousSentence, !chunks[chunks.count - 1].isEmpty {
                chunks.append([])
                chunkStart = span.lowerBound
            }
            chunks[chunks.count - 1].append(item)
            previousSentence = report.sentence(containing: max(span.upperBound - 1, span.lowerBound)).lowerBound
        }
        return chunks
    }
}
