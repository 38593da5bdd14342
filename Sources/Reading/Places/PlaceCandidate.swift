import Gazetteer

/// One capitalised span being judged as a place: what the rules read about it (the words around
/// it, computed once and only when a rule asks) and what earlier rules settled (the gazetteer's
/// answer, whether it names a region, the evidence so far).
final class PlaceCandidate {
    let run: ReportText.CapitalisedRun
    let report: ReportText
    /// Countries the text names, and those plus the countries of the first pass's confident places.
    let named: Set<String>
    let countries: Set<String>
    let counts: [String: Int]
    let previousPlace: PlaceMention?
    /// Where the government named last in this pass ends ("Seoul" of "from Seoul and Washington").
    var previousActorEnd: Int?

    /// The whole capitalised run the span was cut from, and the index of the span's first word in it.
    let wholeRun: ReportText.CapitalisedRun
    let partIndex: Int

    /// The span without its leading function words ("The Kharkiv region" → "Kharkiv region").
    let words: [String]
    let start: Int

    init(
        run: ReportText.CapitalisedRun, report: ReportText, named: Set<String>, countries: Set<String>, counts: [String: Int],
        previousPlace: PlaceMention?, words: [String], start: Int, wholeRun: ReportText.CapitalisedRun, partIndex: Int
    ) {
        self.wholeRun = wholeRun
        self.partIndex = partIndex
        self.run = run
        self.report = report
        self.named = named
        self.countries = countries
        self.counts = counts
        self.previousPlace = previousPlace
        self.words = words
        self.start = start
    }

    lazy var spanText = words.joined(separator: " ")
    lazy var end = start + spanText.unicodeScalars.count
    /// The span without a possessive "'s".
    lazy var bare = spanText.hasSuffix("'s") || spanText.hasSuffix("’s") ? String(spanText.dropLast(2)) : spanText
    lazy var isPossessive = spanText != bare
    lazy var inCapitals = report.isAllCapitals(report.sentence(containing: start))
    lazy var isDateline = report.isInDateline(start)
    /// The word before, articles skipped ("in the Kharkiv region" → "in").
    lazy var previous = report.previousWord(before: start, skippingArticles: true)
    /// The word right before, articles kept.
    lazy var wordBefore = report.previousWord(before: start)
    /// The word after the whole run (not the span): "Minoru Kihara told" → "told".
    lazy var next = report.nextWord(after: run.range.upperBound)
    /// "Sonora state", "Borno state", "Rakhine state": "state" written in lower case right after the
    /// name makes it a first-level region ("Islamic State", capitalised, is a name of its own).
    lazy var beforeLowerCaseState =
        ["state", "states"].contains(next) && report.startsLowerCaseWord(after: run.range.upperBound)
    lazy var wordsAfter = report.nextWords(after: end, count: 2)
    /// The compound suffix after the span that says something is based or bound there ("a Seoul-based
    /// agency", "a Mumbai-bound train"), which a locative says too; nil when none follows.
    lazy var placeSuffix: String? = ReportText.placeSuffixes.first { suffix in
        report.substring(end..<min(end + suffix.unicodeScalars.count, report.scalars.count)) == suffix
    }
    lazy var namesABase = placeSuffix != nil
    /// After a locative word, or after "for" of a destination ("headed for Jask", "left Aden for Mumbai"),
    /// or before "-based" or "-bound".
    lazy var afterLocative = locatives.contains(previous) || (previous == "for" && isDestination) || namesABase
    /// The word that makes the span a locative's: the word before, or "-based" or "-bound" after it.
    var locativeWord: String { placeSuffix ?? previous }
    private var isDestination: Bool {
        // Nearest first, articles dropped: "for", then the verb or the place left and the verb.
        let before = Array(report.previousWords(before: start, count: 4).drop { ["the", "a", "an"].contains($0) })
        guard before.first == "for", before.count >= 2 else { return false }
        return destinationVerbs.contains(before[1]) || (before.count >= 3 && destinationVerbs.contains(before[2]))
    }

    /// The lexicon's locatives, set by the extractor before the rules run (only this set, not the whole
    /// lexicon: copying its forty lists into every candidate cost a twentieth of an extraction).
    var locatives: Set<String> = []
    /// The lexicon's destination verbs ("headed for"), set with `locatives`.
    var destinationVerbs: Set<String> = []
    /// The first pass's surest places, in the second pass.
    var anchors: PlaceAnchors?

    // Settled by rules, in table order.
    /// A country small enough to be a point (Malta, Bahrain), taken as the place.
    var pointCountry: GeocodeMatch?
    /// "the Kharkiv region", "Zaporizhzhia oblast": the name of a first-level region.
    var isRegion = false
    var regionWordInside = false
    /// The name looked up: the span without its possessive or region word.
    var name = ""
    var match: GeocodeMatch?
    var evidence: [PlaceEvidence] = []

    /// Whether a word ends in a possessive ("Iraq's"): it ends a name.
    static func isPossessive(_ word: String) -> Bool { withoutPossessive(word) != word }

    /// A word without its possessive ("Hamas's" → "Hamas").
    static func withoutPossessive(_ word: String) -> String {
        word.hasSuffix("'s") || word.hasSuffix("’s") ? String(word.dropLast(2)) : word
    }

    /// A head noun of `heads` at or after the span in its run, never the run's first word ("Korea
    /// Aerospace University": "University"; "Mindanao Week of Peace": "Week").
    func headNoun(in heads: Set<String>) -> String? {
        // With the word of the next run when the word limit cut the name there ("The Black Sea Grain |
        // Initiative").
        let words = wholeRun.words + (report.capitalisedWord(after: wholeRun.range.upperBound).map { [$0] } ?? [])
        let from = max(1, partIndex)
        guard from < words.count else { return nil }
        // A hyphenated head counts by either part ("the Syracuse Herald-Journal").
        return words[from...].first { word in
            let lowered = Self.withoutPossessive(word).lowercased()
            return heads.contains(lowered)
                || (lowered.contains("-") && lowered.split(separator: "-").contains { heads.contains(String($0)) })
        }
    }

    var hasLocativeOrDateline: Bool {
        evidence.contains { if case .locative = $0 { return true } else { return $0 == .dateline } }
    }
}

/// What one rule makes of a candidate. `pass` lets the next rule decide; `note` records what the
/// rule added (evidence, a region phrase) and goes on; the others end the candidate.
enum PlaceRuleOutcome {
    case pass
    case note(String)
    case reject(String)
    case place(PlaceMention)
    case actor(ActorMention)
}

/// A named rule of the place table (`PlaceExtractor.rules`): its name is what `extract --explain`
/// prints when it fires.
struct PlaceRule: Sendable {
    let name: String
    let decide: @Sendable (PlaceExtractor, PlaceCandidate) -> PlaceRuleOutcome
}

/// Why a candidate became a place, an actor or nothing: the rules that fired, in order.
public struct PlaceDecision: Sendable, Equatable {
    public enum Outcome: String, Sendable, Codable {
        case place, actor, rejected
    }

    public struct Firing: Sendable, Equatable {
        public let rule: String
        public let said: String
    }

    public let text: String
    public let start: Int
    public let end: Int
    public let outcome: Outcome
    public let rules: [Firing]
}
