import Gazetteer

/// "the Brazzaville-Kinkala road", "the Ancona-Chiasso train", "the Milak-Zaranj border": two towns
/// joined by a hyphen before a route's noun are its two ends, each a place, though the joined word
/// is no name. The word is split into two runs; a hyphenated name the gazetteer has ("Ivano-Frankivsk")
/// is left whole.
///
/// Both halves must be names the gazetteer has ("Trans-Papua" is no route between two places), and a
/// route's end is never a distance claim's end (`ClaimEndpoints.isRouteEnd`).
///
/// Three remembered lookups per hyphenated word before a route's noun: linear in the text.
extension PlaceExtractor {
    func splittingRouteEnds(_ runs: [ReportText.CapitalisedRun], in report: ReportText) -> [ReportText.CapitalisedRun] {
        var result: [ReportText.CapitalisedRun] = []
        result.reserveCapacity(runs.count)
        for run in runs {
            guard run.words.count == 1, let ends = routeEnds(of: run, in: report) else {
                result.append(run)
                continue
            }
            result += ends
        }
        return result
    }

    private func routeEnds(of run: ReportText.CapitalisedRun, in report: ReportText) -> [ReportText.CapitalisedRun]? {
        let word = run.words[0]
        let parts = word.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, parts.allSatisfy({ $0.count > 1 && $0.first?.isUppercase == true }),
            let next = report.nextWords(after: run.range.upperBound, count: 1).first, lexicon.routeNouns.contains(next),
            lookup(word, GeocodeOptions(limit: 1, allowsSpellingMatches: false)).isEmpty,
            parts.allSatisfy({ part in
                lookup(part, GeocodeOptions(limit: 1, allowsSpellingMatches: false)).first.map {
                    !$0.isGuess && [.primaryName, .alternateName].contains($0.kind)
                } == true
            })
        else { return nil }
        let firstEnd = run.range.lowerBound + parts[0].unicodeScalars.count
        return [
            ReportText.CapitalisedRun(range: run.range.lowerBound..<firstEnd, words: [parts[0]]),
            ReportText.CapitalisedRun(range: (firstEnd + 1)..<run.range.upperBound, words: [parts[1]]),
        ]
    }
}
