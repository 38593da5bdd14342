import Gazetteer

/// Marks of a person's name that sit right before it in the text: an initial ("A. Burhan", "A.M.
/// Kamal"), an abbreviated title ("Gen. Paul LaCamera", "Lt. Gen. Roy Galido"; the title itself is
/// no place either), or a given name and a particle ("Edwin dela Peña", "Billy dela Rosa"). Read from
/// the two tokens before the span, so each costs a constant amount.
extension PlaceExtractor {
    /// Why the span is part of a person's name, or nil.
    func personMarker(_ candidate: PlaceCandidate) -> String? {
        let report = candidate.report
        if lexicon.personTitles.contains(candidate.bare.lowercased()), candidate.end < report.scalars.count,
            report.scalars[candidate.end] == "."
        {
            return "an abbreviated title ('\(candidate.bare).')"
        }
        // "Secretary General Kofi Annan", "Governor Mike DeWine": a title word leading a name is no town
        // (Secretary, US; Governor, Bahamas).
        if candidate.words.count == 1, lexicon.personTitles.contains(candidate.bare.lowercased()),
            report.capitalisedWord(after: candidate.end) != nil
        {
            return "a title before a name ('\(candidate.bare)')"
        }
        let tokens = report.previousTokens(before: candidate.start, count: 2)
        guard let token = tokens.first else { return nil }
        // "U.S." and "U.K." are countries, not initials ("the U.S. Virgin Islands").
        if Self.isInitial(token), gazetteer.countries.code(for: token) == nil {
            return "the initial '\(token)' before it"
        }
        if token.hasSuffix("."), lexicon.personTitles.contains(String(token.dropLast()).lowercased()) {
            return "the title '\(token)' before it"
        }
        if lexicon.nameParticles.contains(token), tokens.count == 2, isGivenName(PlaceCandidate.withoutPossessive(tokens[1])) {
            return "the given name '\(tokens[1])' and '\(token)' before it"
        }
        return nil
    }

    /// One to three capital letters, each followed by a period: "A.", "A.M.", "J.R.R.".
    static func isInitial(_ token: String) -> Bool {
        let scalars = Array(token.unicodeScalars)
        guard (2...6).contains(scalars.count), scalars.count % 2 == 0 else { return false }
        return stride(from: 0, to: scalars.count, by: 2).allSatisfy { Scalars.isUpper(scalars[$0]) && scalars[$0 + 1] == "." }
    }
}
