import Gazetteer

/// Names with "and" inside them ("Jammu and Kashmir", "Sistan and Baluchestan", "Trinidad and
/// Tobago"): two capitalised runs with " and " between them are read as one name when the gazetteer
/// knows the whole by its own or a listed name, so that neither half becomes a town of its own
/// ("Jammu" the city, for the Indian territory). The first word after "and" is tried alone too
/// ("Jammu and Kashmir Chief Minister"), and the last before it after words no name starts with
/// ("Indian-administered Jammu and Kashmir").
///
/// At most four remembered lookups per " and " between two capitalised words: linear in the text.
extension PlaceExtractor {
    func joiningNamesWithAnd(_ runs: [ReportText.CapitalisedRun], in report: ReportText) -> [ReportText.CapitalisedRun] {
        var result: [ReportText.CapitalisedRun] = []
        var index = 0
        while index < runs.count {
            let left = runs[index]
            guard index + 1 < runs.count, report.substring(left.range.upperBound..<runs[index + 1].range.lowerBound) == " and ",
                let joined = andName(left, runs[index + 1])
            else {
                result.append(left)
                index += 1
                continue
            }
            result += joined
            index += 2
        }
        return result
    }

    /// The two runs re-cut around the whole name, or nil when no whole with "and" is a name.
    private func andName(_ left: ReportText.CapitalisedRun, _ right: ReportText.CapitalisedRun) -> [ReportText.CapitalisedRun]? {
        // The last word alone only after words that are no part of a name ("The", "Indian-administered"):
        // "Azad Jammu and Kashmir" is Pakistan's territory, not India's "Jammu and Kashmir".
        let opensName = left.words.dropLast().allSatisfy { word in
            isStopWord(word) || word.split(separator: "-").first.map { gazetteer.countries.code(forAdjective: String($0)) != nil } == true
        }
        let leftStarts = left.words.count > 1 && opensName ? [0, left.words.count - 1] : [0]
        let rightLengths = right.words.count > 1 ? [right.words.count, 1] : [1]
        for leftStart in leftStarts {
            for rightLength in rightLengths {
                let words = Array(left.words[leftStart...]) + ["and"] + Array(right.words.prefix(rightLength))
                guard
                    let match = lookup(words.joined(separator: " "), GeocodeOptions(limit: 1, allowsSpellingMatches: false)).first,
                    [.primaryName, .alternateName].contains(match.kind)
                else { continue }
                let start = left.range.upperBound - left.words[leftStart...].joined(separator: " ").unicodeScalars.count
                var runs: [ReportText.CapitalisedRun] = []
                if leftStart > 0, let before = left.part(from: 0, length: leftStart) { runs.append(before) }
                runs.append(
                    ReportText.CapitalisedRun(range: start..<start + words.joined(separator: " ").unicodeScalars.count, words: words))
                if rightLength < right.words.count, let after = right.part(from: rightLength, length: right.words.count - rightLength) {
                    runs.append(after)
                }
                return runs
            }
        }
        return nil
    }
}
