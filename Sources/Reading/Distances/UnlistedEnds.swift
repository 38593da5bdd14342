import Gazetteer
import Geodesy

/// Names a report uses as places that the gazetteer does not list, at the ends of its distances:
/// "the village of Przewodow", "20 km from Gaskinde", "Wegel Tena lies about 570 km north of the
/// capital", "Khurais, 190 kilometres further southwest". Most villages, camps and sites of a report
/// are missing from any gazetteer of towns; a fact-checker must still see which two places a claim
/// joins, so such a claim keeps its unlisted end, marked so, and is never verified.
///
/// Only sentences that state a distance are read, only positions that make a name a place count,
/// and only names the gazetteer has under no spelling (a spelling guess does not count): a name it
/// lists was left out by the place rules for a reason (a person, an organisation, an everyday word).
public struct UnlistedEnds {
    let lexicon: Lexicon
    /// Whether the gazetteer has the name exactly, as an alternate or transliterated.
    let isListed: (String) -> Bool
    /// Whether the report names a person, an organisation or a ship by these words.
    let isNamedOtherwise: (_ words: [String], _ start: Int) -> Bool

    /// - Parameters:
    ///   - isListed: whether the gazetteer has a name exactly, as an alternate or transliterated.
    ///   - isNamedOtherwise: whether the report names a person, organisation or ship by words that
    ///     start at an offset.
    public init(lexicon: Lexicon, isListed: @escaping (String) -> Bool, isNamedOtherwise: @escaping ([String], Int) -> Bool) {
        self.lexicon = lexicon
        self.isListed = isListed
        self.isNamedOtherwise = isNamedOtherwise
    }

    /// The unlisted names in the sentences of `statements`, in text order, as mentions of kind
    /// `.unlisted`; none overlaps `taken` (the report's places and actors).
    func mentions(in report: ReportText, nearStatements statements: [Range<Int>], taken: [Range<Int>]) -> [PlaceMention] {
        Finder(report: report, ends: self).mentions(nearStatements: statements, taken: taken)
    }
}

/// One report's reading for `UnlistedEnds`.
private struct Finder {
    let report: ReportText
    let ends: UnlistedEnds
    var lexicon: Lexicon { ends.lexicon }

    func mentions(nearStatements statements: [Range<Int>], taken: [Range<Int>]) -> [PlaceMention] {
        guard !statements.isEmpty else { return [] }
        var sentences: [Range<Int>] = []
        for statement in statements {
            let sentence = report.sentence(containing: statement.lowerBound)
            if sentences.last != sentence { sentences.append(sentence) }
        }
        // Binary searches by start: a report of a thousand claims stays linear.
        let runs = report.capitalisedRuns()
        let statements = statements.sorted { $0.lowerBound < $1.lowerBound }
        let taken = taken.sorted { $0.lowerBound < $1.lowerBound }
        var found: [PlaceMention] = []
        for sentence in sentences where !report.isAllCapitals(sentence) {
            let inSentence = Array(statements.elements(in: sentence, key: \.lowerBound))
            for run in runs.elements(in: sentence, key: \.range.lowerBound) {
                guard let name = trimmed(run), !Self.overlapsAny(name.range, taken),
                    isPlacePosition(name.range, statements: inSentence), isUnlistedName(name)
                else { continue }
                // "the Kihondo camp": a camp is named after a village and lies apart from it, so the noun is
                // part of the place's name ("the Zargwez area" is Zargwez).
                var range = name.range
                if report.previousWord(before: range.lowerBound) == "the",
                    let noun = report.clauseWords(after: range.upperBound, count: 1).first,
                    noun.word == "camp", noun.range.lowerBound == range.upperBound + 1
                {
                    range = range.lowerBound..<noun.range.upperBound
                }
                let text = report.substring(range)
                found.append(
                    PlaceMention(
                        text: text, start: range.lowerBound, end: range.upperBound, kind: .unlisted,
                        place: Place(name: text, coordinate: Coordinate(uncheckedLatitudeDegrees: 0, longitudeDegrees: 0)),
                        name: text, evidence: []))
            }
        }
        return found
    }

    /// Whether `range` overlaps one of `ranges` (sorted by start, none inside another).
    private static func overlapsAny(_ range: Range<Int>, _ ranges: [Range<Int>]) -> Bool {
        let after = ranges.firstIndex(atOrAfter: range.upperBound, key: \.lowerBound)
        return ranges[..<after].suffix(2).contains { $0.overlaps(range) }
    }

    /// The run without leading stop words where it opens a sentence ("The Tiru valley"; inside one, a
    /// capitalised stop word is part of the name: "the town of In Amenas"); nil when it ends in a
    /// possessive.
    private func trimmed(_ run: ReportText.CapitalisedRun) -> ReportText.CapitalisedRun? {
        let lead =
            report.opensSentence(run.range.lowerBound)
            ? run.words.prefix { lexicon.stopWords.contains($0) || lexicon.stopWordsInCapitals.contains($0) }.count : 0
        guard lead < run.words.count, let part = run.part(from: lead, length: run.words.count - lead) else { return nil }
        if let last = part.words.last, PlaceCandidate.isPossessive(last) { return nil }
        if part.isConnectorEdged { return nil }
        // A run cut at the word limit may be the head of a longer name: no end is guessed from it.
        if report.capitalisedWord(after: part.range.upperBound) != nil { return nil }
        return part
    }

    /// A place's position beside a distance of its sentence: after a word for a kind of place and
    /// "of" ("the village of X"); right after a distance and "from", "outside" or "(direction) of"
    /// ("20 km from X"); before "lies" or "is located" ("X lies about 570 km"); before a comma and
    /// at most five lower-case words that run into the distance ("X, a village less than 10 km",
    /// "in X, some 20 kilometres"); or named with an area word after it ("the X area, 15 km").
    private func isPlacePosition(_ name: Range<Int>, statements: [Range<Int>]) -> Bool {
        let before = report.previousWords(before: name.lowerBound, count: 3)
        if before.count >= 2, before[0] == "of", lexicon.placeNouns.contains(before[1]) { return true }
        let next = report.nextWords(after: name.upperBound, count: 2)
        if let word = next.first, lexicon.locatingVerbs.contains(word) || (word == "is" && next.dropFirst().first == "located") {
            return statements.contains { $0.lowerBound > name.upperBound }
        }
        if let word = next.first, lexicon.placeNouns.contains(word), report.previousWord(before: name.lowerBound) == "the" { return true }
        // "in Lembantongoa village, in the Palolo district …, about 90 km", "at Lethpora in south Kashmir's
        // Pulwama district, 22 km": after "in", "at" or "near", the name a place noun or its container follows,
        // before a distance of the sentence.
        // "the forests of Irpanar village in Narayanpur district": a village's noun says so after any word.
        let locative = ["in", "at", "near"].contains(report.previousWord(before: name.lowerBound))
        if let word = next.first,
            (locative && (lexicon.settlementNouns.contains(word) || (word == "in" && next.count == 2)))
                || ["village", "hamlet"].contains(word)
        {
            return statements.contains { $0.lowerBound > name.upperBound && $0.lowerBound - name.upperBound <= 90 }
        }
        for statement in statements {
            if statement.upperBound <= name.lowerBound, isRightAfter(statement, name: name) { return true }
            if statement.lowerBound >= name.upperBound, isApposed(name, to: statement) { return true }
        }
        return false
    }

    /// "… 20 km from X", "… 10 km north of X", "… 15 kilometres outside X", "… 40 km (25 miles) northeast of X".
    private func isRightAfter(_ statement: Range<Int>, name: Range<Int>) -> Bool {
        guard name.lowerBound - statement.upperBound <= 40 else { return false }
        var between = report.substring(statement.upperBound..<name.lowerBound).lowercased()
        // A unit in another measure in brackets: "(25 miles)".
        if let open = between.firstIndex(of: "("), let close = between.firstIndex(of: ")"), open < close {
            between.removeSubrange(open...close)
        }
        let words = between.split(separator: " ").map(String.init).filter { $0 != "the" }
        guard let last = words.last, words.count <= 3 else { return false }
        if words.count == 1 { return ["from", "outside"].contains(last) }
        return last == "of" && words.dropLast().allSatisfy { lexicon.directions.contains($0) || $0 == "short" || $0 == "to" }
    }

    /// "X, a village less than 10 km southwest of …", "in X, some 20 kilometres from the border";
    /// not a name after "the", which a ship's, a line's or a body's takes and a village's seldom does
    /// ("the Sea Champion, 100 nautical miles north of Aden"), nor one after "and" or "as".
    private func isApposed(_ name: Range<Int>, to statement: Range<Int>) -> Bool {
        guard statement.lowerBound - name.upperBound <= 60 else { return false }
        // After a locative ("in X, some 20 km") or opening its sentence ("Khurais, 190 km further"):
        // "also known as X, about 110 km" names the place before it.
        let previous = report.previousWord(before: name.lowerBound)
        guard report.opensSentence(name.lowerBound) || (lexicon.locatives.contains(previous) && previous != "and") else { return false }
        let between = report.substring(name.upperBound..<statement.lowerBound)
        guard between.hasPrefix(", ") else { return false }
        let words = between.dropFirst(2).split(separator: " ")
        return words.count <= 5 && words.allSatisfy { $0.allSatisfy(\.isLowercase) }
    }

    /// No word of the report's calendar, country names or non-place lists, nothing the report
    /// names a person, organisation or ship by, and nothing the gazetteer has.
    private func isUnlistedName(_ name: ReportText.CapitalisedRun) -> Bool {
        let folded = NameFolding.fold(name.words.joined(separator: " "))
        if lexicon.notPlaces.contains(folded) { return false }
        for word in name.words {
            let lowered = word.lowercased()
            if lexicon.months[lowered] != nil || lexicon.weekdays.contains(lowered) || lexicon.organisationHeads.contains(lowered)
                || lexicon.personTitles.contains(lowered)
            {
                return false
            }
        }
        if ends.isNamedOtherwise(name.words, name.range.lowerBound) { return false }
        return !ends.isListed(name.words.joined(separator: " "))
    }
}
