import Foundation
import Gazetteer
import Geodesy

/// A place a report mentions, resolved through the gazetteer.
public struct PlaceMention: Sendable {
    public enum Kind: String, Sendable, Codable {
        /// A populated place (city, town).
        case city
        /// A first-level region named after its main city ("the Kharkiv region", "Zaporizhzhia oblast").
        case admin1
        /// A name the report uses as a place that the gazetteer does not list, at a distance's end
        /// (`UnlistedEnds`): `place` carries only the name, never a location to measure or draw.
        case unlisted
    }

    public let text: String
    public let start: Int
    public let end: Int
    public let kind: Kind
    /// For `.admin1`, the region's main city, which stands in for it on a map, or the region itself
    /// when no town has its name ("the Amur region").
    public let place: Place
    /// The region's name for `.admin1` ("Kharkivska oblast"), else the place's name.
    public let name: String
    /// Why this was taken as a place.
    public let evidence: [PlaceEvidence]
    /// Other places the name fits nearly as well that the report's countries did not rule out
    /// (Tripoli in a report naming neither Libya nor Lebanon): non-empty means the answer is a guess.
    public var alternatives: [Place] = []
    /// Why the match is a guess, when it is one: only a derived spelling reached the name (a
    /// transliteration: "Watch" → Wath upon Dearne), as `geocode` marks it. Nil for a listed name.
    public var guess: GuessReason?

    /// Evidence that stands on its own: a locative, the dateline, a region phrase, a full feature name.
    var isStrong: Bool {
        evidence.contains { item in
            switch item {
            case .locative, .dateline, .regionPhrase, .namedFeature, .listedWith, .capitalPhrase: return true
            case .countryNamed, .countryInContext, .repeated, .placedElsewhere: return false
            }
        }
    }
}

/// One reason to take a capitalised name for a place; its description is how output shows it.
public enum PlaceEvidence: Sendable, Equatable, CustomStringConvertible {
    /// A locative word just before the name: "after 'in'".
    case locative(String)
    /// The place's country is named in the text: "UA named in the text".
    case countryNamed(String)
    /// The place lies in a country of the report's confidently found places.
    case countryInContext(String)
    /// The next item of a list whose previous item is a place ("in Jenin, Tulkarm and Tubas").
    case listedWith(String)
    /// The name occurs more than once: "mentioned 2 times". Supporting only: never enough alone.
    case repeated(Int)
    /// "the X region", "X oblast".
    case regionPhrase
    /// The report's dateline ("KYIV, May 25"): where it was filed.
    case dateline
    /// A site or sea named in full ("the Crimean Bridge", "the Sea of Japan"): a name nothing else has.
    case namedFeature
    /// A capital named by its country: "Yemen's capital", "the Ukrainian capital".
    case capitalPhrase
    /// The same name is this place by a locative or the dateline elsewhere in the report: one name,
    /// one place ("Karak" after "the southern city of Karak"). Supporting only, like a repeat: it lends
    /// the report no country.
    case placedElsewhere

    public var description: String {
        switch self {
        case let .locative(word): return word.hasPrefix("-") ? "before '\(word)'" : "after '\(word)'"
        case let .countryNamed(code): return "\(code) named in the text"
        case let .countryInContext(code): return "in \(code), like the report's other places"
        case let .listedWith(name): return "listed with \(name)"
        case let .repeated(count): return "mentioned \(count) times"
        case .regionPhrase: return "region phrase"
        case .dateline: return "dateline"
        case .namedFeature: return "named site or sea"
        case .capitalPhrase: return "a country's capital"
        case .placedElsewhere: return "placed so elsewhere in the report"
        }
    }
}

/// A capital standing for its government ("Tokyo said", "according to Moscow"): an actor, not a
/// place where something happened.
public struct ActorMention: Sendable {
    public let text: String
    public let start: Int
    public let end: Int
    public let place: Place
}

/// Finds place names in report text with the care a geoparser needs.
///
/// Candidates are runs of capitalised words, joined through "of" and Arabic articles ("Sea of
/// Japan", "Ain al-Asad"), tried longest first, and extended by the lower-case words a site's name
/// goes on with ("Engels air base", "the port of Pivdennyi"). Each is looked up by exact, alternate
/// or transliterated name (never by spelling: a misspelt common word must not become a town). A
/// candidate counts only with evidence: a locative word before it ("in", "near", "from", …), the
/// dateline, a country it lies in named in the text, a region phrase, or a site's or sea's full name;
/// a repeat alone is not evidence, and a weak name match (a transliteration, a distant alternate)
/// needs a locative or the dateline. Skipped: month and weekday names, weapons and organisations
/// (lexicon lists), designations ("Hwasong-17", "Tu-95": a name followed by a hyphen and a model
/// number), short all-capital words outside the dateline (KCNA), titles and people's names
/// ("President X", "X said"), and capitals that stand for governments ("Tokyo said"), which are
/// listed as actors. Ambiguous names prefer the countries the text names, then the countries of the
/// report's other places (a second pass: Bethlehem near Hebron is the West Bank's).
public struct PlaceExtractor {
    public let gazetteer: Gazetteer
    /// One report's lookups: the second pass and repeated names ask again, and most candidate words
    /// are no place whatever the countries preferred, so a miss is remembered by its text alone.
    private let memo = Memo()
    /// Answers shared with the other reports of a run, when the caller keeps them.
    private let sharedAnswers: GazetteerAnswers?

    struct RankedKey: Hashable {
        let key: String
        let preferred: Set<String>
    }

    private final class Memo {
        var answers: [String: [GeocodeMatch]] = [:]
        var misses: Set<String> = []
        /// `namedFeature`'s answers: which form names which feature.
        var features: [FeatureKey: (form: Int, place: Place)?] = [:]
        /// `answers` ranked for a set of preferred countries (a pass asks with the same few sets).
        var ranked: [RankedKey: [GeocodeMatch]] = [:]
        /// `bestMatch`'s answers in the current pass (whose anchors they depend on), by name, region
        /// phrase and preferred countries: a name repeated through a long report is ranked once.
        var bestMatches: [String: GeocodeMatch?] = [:]
        /// Surnames of the people the report names ("Nasrallah" of "Hassan Nasrallah"), as skeletons.
        var surnames: [String: String] = [:]
        /// The names that lead organisations' names in the report ("Xinhua" of "Xinhua News Agency"),
        /// as skeletons, with the whole name.
        var organisations: [String: String] = [:]
        /// Words' skeletons: the person rules ask for one per candidate word, the same words again and again.
        var skeletons: [String: String] = [:]
        /// Spans (start, words) the first pass decided by a rule that reads neither the report's countries
        /// nor its anchors nor the place before: the second pass reaches the same decision, so it is kept.
        var textualDecisions: [SpanKey: TextualDecision] = [:]
        /// The ships the report names, and where.
        var vessels = VesselNames.empty
        /// Countries of the second pass's context that one name alone lent it, by that name (folded):
        /// a name is not its own context (`PlaceExtractor.selfLentCountries`).
        var selfLent: [String: Set<String>] = [:]
        /// Names (folded) a country's possessive placed elsewhere than their match, with that match's
        /// country: one name means one place through a report, so its other mentions follow.
        var disowned: [String: String] = [:]
        /// Names (folded) a country's possessive placed in that country's namesake, with the country
        /// ("Tajikistan's Rasht"): their other mentions are that namesake too, not a larger one abroad.
        var owned: [String: String] = [:]
        /// Names (folded) the first pass placed by a locative or the dateline: the second pass reads
        /// their other mentions as places too.
        var placed: Set<String> = []
        /// Names (folded) the gazetteer has only as places elsewhere, which the rules rejected as such
        /// (`Self.elsewhereRules`): for this report they name a place it does not list.
        var elsewhere: Set<String> = []
        /// Which decisions to keep (`extract --explain`), and those of the last pass.
        var explaining = Explaining.off
        var decisions: [PlaceDecision] = []
    }

    /// Whether a country's possessive placed `name` elsewhere than a match in `code`, somewhere in this report.
    func isDisowned(_ name: String, matchedIn code: String) -> Bool {
        !memo.disowned.isEmpty && memo.disowned[NameFolding.fold(name)] == code
    }

    /// Notes that a country's possessive placed `name` elsewhere than its match in `code`.
    func disown(_ name: String, matchedIn code: String) {
        memo.disowned[NameFolding.fold(name)] = code
    }

    /// The country a possessive placed `name` in somewhere in this report, if any.
    func ownerElsewhere(of name: String) -> String? {
        memo.owned.isEmpty ? nil : memo.owned[NameFolding.fold(name)]
    }

    /// Notes that a country's possessive placed `name` in that country (`code`).
    func own(_ name: String, in code: String) {
        memo.owned[NameFolding.fold(name)] = code
    }

    /// Why each candidate of the last `extract` was decided as it was, when made with `explaining`.
    public var decisions: [PlaceDecision] { memo.decisions }

    /// `gazetteer.geocode`, remembered for this extractor's life (one report): asked once per text
    /// without preferred countries (ten candidates), then ranked here with the bonus a preferred
    /// country gets in `Gazetteer.score`, so both passes share every answer.
    func lookup(_ text: String, _ options: GeocodeOptions) -> [GeocodeMatch] {
        // Every key part an answer depends on: the shared answers must not depend on who asked first.
        let key = "\(text)|\(options.country ?? "")|\(options.allowsSpellingMatches)|\(options.acceptsGuesses)"
        let found: [GeocodeMatch]
        if let known = memo.answers[key] {
            found = known
        } else if memo.misses.contains(key) {
            return []
        } else {
            var plain = options
            plain.preferredCountryCodes = []
            plain.limit = max(options.limit, 10)
            if let shared = sharedAnswers?.answer(for: key) {
                found = shared
            } else {
                found = (try? gazetteer.geocode(text, options: plain)) ?? []
                sharedAnswers?.keep(found, for: key)
            }
            if found.isEmpty {
                memo.misses.insert(key)
                return []
            }
            memo.answers[key] = found
        }
        let preferred = options.preferredCountryCodes
        guard !preferred.isEmpty else { return Array(found.prefix(options.limit)) }
        let rankedKey = RankedKey(key: key, preferred: preferred)
        if let known = memo.ranked[rankedKey] { return Array(known.prefix(options.limit)) }
        // A curated region name ("North-West" for Cameroon's Nord-Ouest) is a known name of its region
        // where the report speaks of that country: it ranks as an alternate name there, and only there
        // ("Salah al-Din" in a Libya report stays no name of Iraq's province).
        func ranking(_ match: GeocodeMatch) -> Double {
            guard preferred.contains(match.place.countryCode) else { return match.score }
            let curated = match.isCuratedName(of: preferred) && match.kind == .distantAlternate
            return match.score + Gazetteer.preferredCountryBonus
                + (curated ? Gazetteer.curatedNameInContextBonus : 0)
        }
        // A common name ("San Lorenzo" has dozens) may fill the plain answer with places elsewhere: then
        // the gazetteer is asked again with the preferred countries, whose places it ranks first.
        var pool = found
        if found.count >= max(options.limit, 10), preferred.contains(where: { code in !found.contains { $0.place.countryCode == code } }) {
            var asked = options
            asked.limit = max(options.limit, 10)
            let more = (try? gazetteer.geocode(text, options: asked)) ?? []
            pool += more.filter { match in !found.contains { $0.place == match.place } }
        }
        let ranked = pool.enumerated().sorted { left, right in
            let a = ranking(left.element), b = ranking(right.element)
            return a != b ? a > b : left.offset < right.offset
        }
        .map(\.element)
        memo.ranked[rankedKey] = ranked
        return Array(ranked.prefix(options.limit))
    }

    /// Locatives, stop words, person titles, speech verbs, region words, weapons and organisations.
    public let lexicon: Lexicon

    /// Which candidates' decisions to keep: none, those the gazetteer knows a name for (what
    /// `--explain` shows), or every candidate (rule tests).
    public enum Explaining: Sendable {
        case off, knownNames, everyCandidate
    }

    /// How many threads a long report's passes may use (`SentenceChunks`).
    let parallelism: Int

    /// - Parameters:
    ///   - explaining: keep the rules that fired on each candidate (`decisions`).
    ///   - parallelism: threads for the passes over a long report (`SentenceChunks.minimumScalars`);
    ///     the answer is the same for any value.
    public init(
        gazetteer: Gazetteer, lexicon: Lexicon, explaining: Explaining = .off,
        parallelism: Int = ParallelWork.cores, sharedAnswers: GazetteerAnswers? = nil
    ) {
        self.gazetteer = gazetteer
        self.sharedAnswers = sharedAnswers
        self.lexicon = lexicon
        self.parallelism = max(1, parallelism)
        memo.explaining = explaining
    }

    public func places(in report: ReportText) -> [PlaceMention] {
        extract(report).places
    }

    /// Places and actors, resolved together: the first pass's confident places lend their countries
    /// to the second.
    public func extract(_ report: ReportText) -> (places: [PlaceMention], actors: [ActorMention]) {
        let runs = splittingRouteEnds(joiningNamesWithAnd(report.capitalisedRuns(), in: report), in: report)
        let named = countriesNamed(in: runs)
        let counts = Dictionary(runs.map { (NameFolding.fold($0.words.joined(separator: " ")), 1) }, uniquingKeysWith: +)
        memo.surnames = surnames(in: runs, of: report)
        memo.organisations = organisationNames(in: runs)
        memo.vessels = VesselNames(runs: runs, in: report, lexicon: lexicon)
        // A long report is read in chunks of whole sentences on every core, each with its own memo;
        // nothing a rule reads crosses a sentence (the place before is only evidence in its sentence).
        let chunks = SentenceChunks.chunks(of: runs, in: report, parallelism: parallelism, range: \.range)
        let workers: [PlaceExtractor] =
            chunks.count == 1
            ? [self]
            : chunks.map { _ in
                let worker = PlaceExtractor(
                    gazetteer: gazetteer, lexicon: lexicon, explaining: memo.explaining, parallelism: 1, sharedAnswers: sharedAnswers)
                worker.memo.surnames = memo.surnames
                worker.memo.organisations = memo.organisations
                worker.memo.vessels = memo.vessels
                return worker
            }
        let pass = { (countries: Set<String>, anchors: PlaceAnchors?) -> (places: [PlaceMention], actors: [ActorMention]) in
            let parts = ParallelWork.map(chunks.count) { index in
                workers[index].pass(chunks[index], in: report, named: named, countries: countries, counts: counts, anchors: anchors)
            }
            if chunks.count > 1 {
                memo.decisions = workers.flatMap(\.memo.decisions)
                memo.elsewhere = workers.reduce(into: memo.elsewhere) { $0.formUnion($1.memo.elsewhere) }
            }
            return (parts.flatMap(\.places), parts.flatMap(\.actors))
        }
        let first = pass(named, nil)
        // Countries of confident places rank candidates in the second pass; they are not evidence.
        // A sea or a disputed site has no country ("" ): it lends none, and costs no second pass.
        let context = named.union(first.places.filter(\.isStrong).map(\.place.countryCode).filter { !$0.isEmpty })
        // The first pass's surest places anchor the second: far outliers are dropped or re-resolved.
        let anchors = PlaceAnchors(firstPass: first.places, named: named) {
            gazetteer.countries.isCapital($0.name, code: $0.countryCode)
        }
        let disowned = workers.reduce(into: [String: String]()) { all, worker in all.merge(worker.memo.disowned) { first, _ in first } }
        let owned = workers.reduce(into: [String: String]()) { all, worker in all.merge(worker.memo.owned) { first, _ in first } }
        let placed = Self.placedNames(first.places)
        if context == named, anchors.isEmpty, disowned.isEmpty, owned.isEmpty, placed.isEmpty { return first }
        let selfLent = Self.selfLentCountries(first.places, named: named)
        memo.selfLent = selfLent
        memo.disowned = disowned
        memo.owned = owned
        memo.placed = placed
        for worker in workers {
            worker.memo.selfLent = selfLent
            worker.memo.disowned = disowned
            worker.memo.owned = owned
            worker.memo.placed = placed
        }
        return pass(context, anchors.isEmpty ? nil : anchors)
    }

    /// The names (folded) of first-pass places found after a locative or in the dateline. Only the
    /// name counts: the second pass, with the report's context, may resolve it to another namesake.
    static func placedNames(_ places: [PlaceMention]) -> Set<String> {
        Set(
            places.filter { mention in
                mention.evidence.contains { evidence in if case .locative = evidence { true } else { evidence == .dateline } }
            }
            .map { NameFolding.fold(PlaceCandidate.withoutPossessive($0.text)) })
    }

    /// Whether the first pass placed `name` by a locative or the dateline elsewhere in the report.
    func isPlacedElsewhere(_ name: String) -> Bool {
        !memo.placed.isEmpty && memo.placed.contains(NameFolding.fold(name))
    }

    /// The countries that only one name's first-pass places put in the context, by that name: a
    /// name read as a town abroad must not then be ranked there, and counted as "like the report's
    /// other places", because of itself ("Bamba" → Bumba, DR Congo, in a report on Mali that names
    /// the country only as "Malian").
    static func selfLentCountries(_ places: [PlaceMention], named: Set<String>) -> [String: Set<String>] {
        var lenders: [String: Set<String>] = [:]
        for mention in places where mention.isStrong && !mention.place.countryCode.isEmpty && !named.contains(mention.place.countryCode) {
            lenders[mention.place.countryCode, default: []].insert(NameFolding.fold(PlaceCandidate.withoutPossessive(mention.text)))
        }
        var lent: [String: Set<String>] = [:]
        for (code, names) in lenders where names.count == 1 {
            lent[names.first!, default: []].insert(code)
        }
        return lent
    }

    private func pass(
        _ runs: [ReportText.CapitalisedRun], in report: ReportText, named: Set<String>, countries: Set<String>, counts: [String: Int],
        anchors: PlaceAnchors?
    ) -> (places: [PlaceMention], actors: [ActorMention]) {
        memo.decisions = []
        memo.bestMatches = [:]
        var places: [PlaceMention] = [], actors: [ActorMention] = []
        for run in runs {
            // A whole name that is an organisation's or an exercise's ("Central Command", "Freedom
            // Shield") lends none of its words to places.
            if lexicon.notPlaces.contains(NameFolding.fold(PlaceCandidate.withoutPossessive(run.words.joined(separator: " ")))) { continue }
            // A person: a name of two or more words before a speech verb ("Minoru Kihara told"); the
            // words ending the name are no place, though a place may lead it ("Kharkiv Governor …").
            // Not when a comma ends the name and the speaker follows the verb ("630 kilometers north of
            // Guatemala City, said Gerson Oliva"): the name is the clause's, not the speaker's.
            // Not after a locative that never opens a person's name ("officials in Buenos Aires announced").
            let personal =
                run.words.count >= 2 && lexicon.speechVerbs.contains(report.nextWord(after: run.range.upperBound))
                && !speakerFollowsVerb(after: run.range.upperBound, in: report)
                && !lexicon.placeOnlyLocatives.contains(report.previousWord(before: run.range.lowerBound))
            // Two name words alone before a speech verb are a person's whole name ("The governor of
            // Sanliurfa, Izzettin Kucuk, said"; "Israel Katz said"), unless the second says what it is
            // (a title, region, feature or organisation word: "Kharkiv Governor said") or a locative
            // places the first.
            // So are two name words right after one, before a comma ("said Getulio Napenas, the sacked head").
            let afterSpeech =
                lexicon.speechVerbs.contains(report.previousWord(before: run.range.lowerBound))
                && run.range.upperBound < report.scalars.count && report.scalars[run.range.upperBound] == ","
            if personal || afterSpeech, run.words.count == 2, personalWord(run.words[1]),
                !lexicon.personTitles.contains(run.words[1].lowercased()),
                !lexicon.locatives.contains(report.previousWord(before: run.range.lowerBound))
            {
                continue
            }
            // In capitals every word is capitalised, so a run is any four words ("KHARKIV EARLY ON
            // SATURDAY"): a name there has no function word after its first ("ON"), which settles most
            // multi-word parts without a lookup.
            let inCapitals = report.isAllCapitals(report.sentence(containing: run.range.lowerBound))
            // Longest first from each word: "Kharkiv Governor Oleh Syniehubov" yields Kharkiv.
            // Where each word starts, for the capitals gate below without building sub-runs.
            var wordStarts: [Int] = []
            var offset = run.range.lowerBound
            for word in run.words {
                wordStarts.append(offset)
                offset += word.unicodeScalars.count + 1
            }
            let joinedByAnd = run.words.contains("and")
            var from = 0
            while from < run.words.count {
                if inCapitals {
                    // The first word a name could start at from here, as `candidate` reads it.
                    let first = firstNameWord(of: run.words, from: from)
                    if first == run.words.count || !capitalsAdmit(wordStarts[first], in: report, lastPlaceEnd: places.last?.end) {
                        from += 1
                        continue
                    }
                }
                var taken = 0
                for length in stride(from: run.words.count - from, through: 1, by: -1) {
                    guard let part = run.part(from: from, length: length), !part.isConnectorEdged else { continue }
                    if inCapitals, part.words.dropFirst().contains(where: isStopWord) { continue }
                    if personal, from + length == run.words.count { continue }
                    // A name with "and" in it ("Jammu and Kashmir") is one name: no half of it is tried.
                    if joinedByAnd, from > 0 || length < run.words.count { continue }
                    switch candidate(
                        part, of: run, at: from, in: report, named: named, countries: countries, counts: counts,
                        previousPlace: places.last, previousActorEnd: actors.last?.end, anchors: anchors)
                    {
                    case let .place(mention)
                    where length < run.words.count && mention.place.kind == .region && mention.kind != .admin1
                        && !Self.endsAfterPossessive(run.words, from: from, length: length)
                        && !(Self.endsPossessive(run.words, from: from, length: length)
                            && report.previousWord(before: run.range.lowerBound) != "and"):
                        // A region's bare name cut from a longer name ("Northern" of "Northern Limit Line"),
                        // unless only its country's possessive came before it ("Egypt's North Sinai") or it
                        // is itself a possessive that places what follows ("Chhattisgarh's Bijapur district"),
                        // not the end of a name joined by "and" ("Jammu and Kashmir's Reasi district").
                        continue
                    case let .place(mention): places.append(mention)
                    case let .actor(actor): actors.append(actor)
                    case .wholeName: break
                    case .none: continue
                    }
                    taken = length
                    break
                }
                from += max(taken, 1)
            }
        }
        return (places, actors)
    }

    /// Whether a comma at `offset` is followed by a verb and its speaker, and nothing else in the clause
    /// ("…, said Gerson Oliva, deputy chief", "…, said a police chief, …"): an attribution whose speaker
    /// comes after its verb. Not "Lin Jian, said the Chinese side's activities …", whose clause goes on.
    func speakerFollowsVerb(after offset: Int, in report: ReportText) -> Bool {
        guard offset < report.scalars.count, report.scalars[offset] == "," else { return false }
        let words = report.clauseWords(after: offset + 1, count: 6).map(\.word)
        guard words.count >= 2, words.count <= 5 else { return false }
        let rest = words.dropFirst()
        if rest.allSatisfy({ $0.unicodeScalars.first.map(Scalars.isUpper) == true }) { return true }
        return Self.speakerDeterminers.contains(rest.first!)
            && rest.dropFirst().contains { lexicon.personNouns.contains($0.lowercased()) || lexicon.personTitles.contains($0.lowercased()) }
    }

    /// Words that open a speaker's description after its verb ("said a spokesman", "said the governor").
    static let speakerDeterminers: Set<String> = ["a", "an", "the", "his", "her", "its", "their"]

    /// Whether the span `from..<from + length` ends in a possessive word ("Manipur's").
    static func endsPossessive(_ words: [String], from: Int, length: Int) -> Bool {
        PlaceCandidate.isPossessive(words[from + length - 1])
    }

    /// Whether the span `from..<from + length` ends its run and follows a possessive word ("Egypt's").
    static func endsAfterPossessive(_ words: [String], from: Int, length: Int) -> Bool {
        guard from > 0, from + length == words.count else { return false }
        return words[from - 1] != PlaceCandidate.withoutPossessive(words[from - 1])
    }

    /// The report's people's surnames, as skeletons, with the full name each came from: the word after
    /// a given name in a capitalised run ("Hassan Nasrallah", "Vladimir Rogov"), or the second of two
    /// name words after a title ("Minister Takehiro Funakoshi"), unless the two words are a place's
    /// name together ("Ali Sabieh", "Khan Younis") or one says what kind of name it is (a region,
    /// feature or organisation word, a stop word).
    private func surnames(in runs: [ReportText.CapitalisedRun], of report: ReportText) -> [String: String] {
        guard !lexicon.givenNames.isEmpty else { return [:] }
        var found: [String: String] = [:]
        // Two words a person's name, unless either says what kind of name it is (a compass, region or
        // feature word is no given name, whatever the list says: "West Papua"), the first is a
        // possessive (which ends a name: "Cameroon's North-West") or both together name a place.
        func record(_ given: String, _ family: String) {
            guard !PlaceCandidate.isPossessive(given), !isKindOfPlaceWord(given), personalWord(family),
                lookup(given + " " + family, GeocodeOptions(limit: 1, allowsSpellingMatches: false)).isEmpty
            else { return }
            found[NameFolding.skeleton(NameFolding.fold(family))] = given + " " + family
        }
        for run in runs {
            // A run cut by its word limit goes on in the next ("Secretary of State Marco | Rubio").
            let words = run.words + (report.capitalisedWord(after: run.range.upperBound).map { [$0] } ?? [])
            guard words.count >= 2 else { continue }
            for index in 0..<(words.count - 1) {
                let given = words[index], family = PlaceCandidate.withoutPossessive(words[index + 1])
                guard isGivenName(given) else { continue }
                record(given, family)
                // Iberian and Brazilian names carry two or more surnames, some after a particle, and the
                // report goes on with any of them ("Bruno Araujo Pereira", then "Pereira advised"; "Amarildo
                // da Costa | de Oliveira", where the particle ended the run).
                guard personalWord(words[index + 1]) || lexicon.nameParticles.contains(words[index + 1]) else { continue }
                var later = Array(words[(index + 2)...].prefix(3))
                let after = report.clauseWords(after: run.range.upperBound, count: 2).map(\.word)
                if after.count == 2, lexicon.nameParticles.contains(after[0]), after[1].first?.isUppercase == true {
                    later.append(after[1])
                }
                for word in later {
                    if lexicon.nameParticles.contains(word) { continue }
                    guard personalWord(word), !isKindOfPlaceWord(word) else { break }
                    record(given, PlaceCandidate.withoutPossessive(word))
                }
            }
            // A title before two name words makes the second a surname, whatever the given-name list
            // knows ("Vice Foreign Minister Takehiro | Funakoshi", then "protested to Funakoshi").
            for index in 0..<max(0, words.count - 2) where lexicon.personTitles.contains(words[index].lowercased()) {
                let given = words[index + 1], family = PlaceCandidate.withoutPossessive(words[index + 2])
                if personalWord(given), !isKindOfPlaceWord(family) { record(given, family) }
            }
        }
        return found
    }

    /// The one or two name words before an organisation's head noun ("Xinhua" of "Xinhua News
    /// Agency"), by skeleton, with the organisation's name. A report that names an
    /// organisation in full goes on to call it by this short name ("told Xinhua").
    private func organisationNames(in runs: [ReportText.CapitalisedRun]) -> [String: String] {
        var found: [String: String] = [:]
        for run in runs {
            let words = Array(run.words.drop { isStopWord($0) })
            guard
                let head = words.indices.dropFirst().first(where: {
                    lexicon.organisationHeads.contains(PlaceCandidate.withoutPossessive(words[$0]).lowercased())
                }), head <= 2, words[..<head].allSatisfy({ personalWord($0) && !PlaceCandidate.isPossessive($0) })
            else { continue }
            let name = words[..<head].joined(separator: " ")
            found[skeleton(of: name)] = words.map(PlaceCandidate.withoutPossessive).joined(separator: " ")
        }
        return found
    }

    /// The organisation whose name `name` leads in the report ("Xinhua News Agency" for "Xinhua").
    func organisationLed(by name: String) -> String? {
        memo.organisations.isEmpty ? nil : memo.organisations[skeleton(of: name)]
    }

    /// The rules that reject a name because its places lie elsewhere than the report's.
    static let elsewhereRules: Set<String> = ["far-outlier", "foreign-transliteration", "contained-elsewhere", "foreign-alternate"]

    /// Whether the gazetteer has `name` exactly, as an alternate or transliterated (no spelling guess),
    /// or as a country's name or adjective ("Polish"); a name it has only as places far from the
    /// report's, which the rules rejected as such ("Solhan" → Turkey in a report on Burkina Faso), is
    /// not listed for this report.
    public func isListed(_ name: String) -> Bool {
        if memo.elsewhere.contains(NameFolding.fold(name)) { return false }
        let countries = gazetteer.countries
        return countries.code(forAdjective: name) != nil || countries.code(forCountryName: name) != nil
            || !lookup(name, GeocodeOptions(limit: 1, allowsSpellingMatches: false)).isEmpty
    }

    /// Whether the report names a person, an organisation or a ship by `words` (starting at
    /// `start`), or they start with a given name: what `extract` found before reading places.
    public func isNamedOtherwise(_ words: [String], at start: Int) -> Bool {
        guard let first = words.first else { return false }
        return words.contains { personNamed(by: PlaceCandidate.withoutPossessive($0)) != nil }
            || organisationLed(by: words.joined(separator: " ")) != nil || organisationLed(by: first) != nil
            || memo.vessels.reason(at: start) != nil || (words.count >= 2 && isGivenName(first) && !isKindOfPlaceWord(first))
    }

    /// Whether `word` is a given name of the lexicon's list.
    func isGivenName(_ word: String) -> Bool {
        if lexicon.nameOpeners.contains(word.lowercased()) { return true }
        let key = skeleton(of: word)
        return key.count >= 3 && lexicon.givenNames.contains(key)
    }

    /// The organisation head noun ("Committee") that capitalised words and "of", "for", "the" join to
    /// `start` within its clause, with at least one "of" or "for" between ("the International
    /// Committee of the Red Cross"), or a building's ("the Palace of Justice"); nil when a lower-case
    /// word or a punctuation mark comes first.
    func organisationHead(before start: Int, in report: ReportText) -> String? {
        var joined = false
        for token in report.previousTokens(before: start, count: 8) {
            guard let last = token.unicodeScalars.last, Scalars.isLetter(last) else { return nil }
            if token == "of" || token == "for" {
                joined = true
            } else if token != "the" {
                guard let first = token.unicodeScalars.first, Scalars.isUpper(first) else { return nil }
                let lowered = PlaceCandidate.withoutPossessive(token).lowercased()
                if lexicon.organisationHeads.contains(lowered) || lexicon.buildingWords.contains(lowered) {
                    return joined && token == PlaceCandidate.withoutPossessive(token) ? token : nil
                }
            }
        }
        return nil
    }

    /// Whether a word says what kind of place a name is: a compass, region, feature or street word
    /// ("West", "Province", "Lake", "Calle"), which no given name is.
    func isKindOfPlaceWord(_ word: String) -> Bool {
        let lowered = word.lowercased()
        return lexicon.compassWords.contains(word) || lexicon.regionWords.contains(lowered) || lexicon.featureWords.contains(lowered)
            || lexicon.naturalFeatureWords.contains(lowered) || lexicon.areaWords.contains(lowered)
            || lexicon.streetWords.contains(lowered)
    }

    /// Whether a capitalised word may be part of a person's name: not a function, region, feature or
    /// organisation word, nor a connector ("of").
    func personalWord(_ word: String) -> Bool {
        let lowered = word.lowercased()
        return !isStopWord(word) && !ReportText.isConnector(word) && !isKindOfPlaceWord(word)
            && !lexicon.organisationHeads.contains(lowered)
    }

    /// The ships the report names (`extract` finds them before reading places).
    var vessels: VesselNames { memo.vessels }

    /// A surname the report gave with a given name, and that full name.
    func personNamed(by word: String) -> String? {
        memo.surnames[skeleton(of: word)]
    }

    /// `NameFolding.skeleton(NameFolding.fold(word))`, remembered for the report.
    private func skeleton(of word: String) -> String {
        if let known = memo.skeletons[word] { return known }
        let key = NameFolding.skeleton(NameFolding.fold(word))
        memo.skeletons[word] = key
        return key
    }

    /// ISO codes of the countries the text names ("Ukraine", "North Korea", "Russia's").
    func countriesNamed(in runs: [ReportText.CapitalisedRun]) -> Set<String> {
        var codes = Set<String>()
        for run in runs {
            // Longest name from the run's start; shorter first, stopping at a run no name starts with.
            var longest: String?
            for length in 1...run.words.count {
                let joined = run.words.prefix(length).joined(separator: " ")
                let phrase = joined.hasSuffix("'s") || joined.hasSuffix("’s") ? String(joined.dropLast(2)) : joined
                guard gazetteer.countries.hasName(startingWith: NameFolding.fold(phrase)) else { break }
                if let code = gazetteer.countries.code(for: phrase), phrase.count > 3 || length > 1 { longest = code }
            }
            if let longest { codes.insert(longest) }
        }
        return codes
    }

    /// The run without its leading function words ("The Kharkiv region", "In Kyiv"), and where the
    /// rest starts. A compass word stays when a name follows it: "South Hwanghae Province", "West
    /// Bank"; the shorter runs tried after this one drop it when the whole name is no place.
    /// A capitalised "The" inside a sentence stays when the place's own name in the gazetteer starts
    /// with it ("the tribunal in The Hague"; not "…: The Kakhovka dam").
    private func withoutLeadingStopWords(_ run: ReportText.CapitalisedRun, in report: ReportText) -> (words: [String], start: Int) {
        var first = firstNameWord(of: run.words, from: 0)
        if first == 1, run.words[0] == "The", run.words.count > 1,
            !report.opensSentence(run.range.lowerBound),
            lookup(run.words.joined(separator: " "), GeocodeOptions(limit: 1, allowsSpellingMatches: false)).first.map({
                $0.kind == .primaryName && !$0.isGuess && $0.place.name.hasPrefix("The ")
            }) == true
        {
            first = 0
        }
        let start = run.range.lowerBound + run.words.prefix(first).reduce(0) { $0 + $1.unicodeScalars.count + 1 }
        return (Array(run.words[first...]), start)
    }

    /// The index of the first word from `from` that is no leading stop word (`words.count` when all are).
    private func firstNameWord(of words: [String], from: Int) -> Int {
        var first = from
        while first < words.count, isStopWord(words[first]), !(words.count - first > 1 && lexicon.compassWords.contains(words[first])) {
            first += 1
        }
        return first
    }

    /// In a sentence in capitals, only a word after a locative, in the dateline, or after the comma
    /// of a list of places (a place ends right before it: "IN JENIN, TULKARM") can be a place (see
    /// `candidate`): asked once per starting word, before any name is tried, so capitals cost no
    /// more than text.
    func capitalsAdmit(_ start: Int, in report: ReportText, lastPlaceEnd: Int?) -> Bool {
        guard report.isAllCapitals(report.sentence(containing: start)), !report.isInDateline(start) else { return true }
        let before = report.previousWord(before: start, skippingArticles: true)
        let listed = start >= 2 && report.scalars[start - 2] == "," && report.scalars[start - 1] == " " && lastPlaceEnd == start - 2
        return lexicon.locatives.contains(before) || listed
    }

    private enum Candidate {
        case place(PlaceMention)
        case actor(ActorMention)
        /// No place: the span is one person's whole name or a country's, so no shorter part of it is tried
        /// ("Jian" of "spokesman Lin Jian" is no more Ji'an than the name is; "Salvador" of "El Salvador"
        /// is no Brazilian city).
        case wholeName
    }

    /// The rules that reject a span of two or more words as one whole name: a person's (a title before
    /// it, a speech verb after it, an initial in it) or a country's.
    private static let wholeNameRules: Set<String> = ["person", "initial-or-title", "country"]

    private struct SpanKey: Hashable {
        let start: Int
        let words: Int
    }

    private struct TextualDecision {
        let decided: Candidate?
        let firings: [PlaceDecision.Firing]
        let outcome: PlaceDecision.Outcome
        /// Where the span `--explain` shows ends when no place or actor was decided.
        let end: Int
    }

    /// The rules before this one read only the span, its words around it and the lexicon, never the
    /// countries, anchors or previous place a pass supplies (`textualDecisions`).
    private static let firstContextualRule = rules.firstIndex { $0.name == "named-feature" } ?? 0

    /// Rejections that say only "nothing here" (most capitalised words): `--explain` leaves them out.
    static let quietRules: Set<String> = ["function-words-only", "names-nothing", "one-letter"]

    /// Runs the rule table (`PlaceExtractor.rules`) on one span; the first rule that decides ends it.
    private func candidate(
        _ run: ReportText.CapitalisedRun, of wholeRun: ReportText.CapitalisedRun, at partIndex: Int, in report: ReportText,
        named: Set<String>, countries: Set<String>, counts: [String: Int],
        previousPlace: PlaceMention?, previousActorEnd: Int?, anchors: PlaceAnchors?
    ) -> Candidate? {
        // In a sentence in capitals only a word after a locative, in the dateline or in a list can start
        // a place: `pass` asks `capitalsAdmit` before trying a span, so no rule needs to.
        let (words, start) = withoutLeadingStopWords(run, in: report)
        let key = SpanKey(start: run.range.lowerBound, words: run.words.count)
        if let known = memo.textualDecisions[key] {
            explain(known.decided, firings: known.firings, outcome: known.outcome, start: start, end: known.end, in: report)
            return known.decided
        }
        let own =
            memo.selfLent.isEmpty ? nil : memo.selfLent[NameFolding.fold(PlaceCandidate.withoutPossessive(words.joined(separator: " ")))]
        let candidate = PlaceCandidate(
            run: run, report: report, named: named, countries: own.map(countries.subtracting) ?? countries, counts: counts,
            previousPlace: previousPlace, words: words,
            start: start, wholeRun: wholeRun, partIndex: partIndex)
        candidate.locatives = lexicon.locatives
        candidate.destinationVerbs = lexicon.destinationVerbs
        candidate.anchors = anchors
        candidate.previousActorEnd = previousActorEnd
        var firings: [PlaceDecision.Firing] = []
        var decided: Candidate?
        var outcome = PlaceDecision.Outcome.rejected
        var decidingRule = Self.rules.count
        rules: for (index, rule) in Self.rules.enumerated() {
            decidingRule = index
            switch rule.decide(self, candidate) {
            case .pass:
                continue
            case let .note(said):
                firings.append(.init(rule: rule.name, said: said))
            case let .reject(reason):
                firings.append(.init(rule: rule.name, said: reason))
                if words.count >= 2, Self.wholeNameRules.contains(rule.name) { decided = .wholeName }
                break rules
            case let .place(mention):
                firings.append(.init(rule: rule.name, said: "a place: \(mention.name) (\(mention.place.countryCode))"))
                decided = .place(mention)
                outcome = .place
                break rules
            case let .actor(actor):
                firings.append(.init(rule: rule.name, said: "a government: \(actor.place.name) (\(actor.place.countryCode))"))
                decided = .actor(actor)
                outcome = .actor
                break rules
            }
        }
        let end = words.isEmpty ? start : candidate.end
        if decided == nil, decidingRule < Self.rules.count, Self.elsewhereRules.contains(Self.rules[decidingRule].name) {
            memo.elsewhere.insert(NameFolding.fold(candidate.name))
        }
        if decidingRule < Self.firstContextualRule {
            memo.textualDecisions[key] = TextualDecision(decided: decided, firings: firings, outcome: outcome, end: end)
        }
        explain(decided, firings: firings, outcome: outcome, start: start, end: end, in: report)
        return decided
    }

    /// Keeps a candidate's decision for `--explain` (unless it only says "nothing here").
    private func explain(
        _ decided: Candidate?, firings: [PlaceDecision.Firing], outcome: PlaceDecision.Outcome, start: Int, end: Int, in report: ReportText
    ) {
        let quiet = firings.count == 1 && Self.quietRules.contains(firings[0].rule)
        guard memo.explaining == .everyCandidate || (memo.explaining == .knownNames && !quiet) else { return }
        let span: (Int, Int)
        switch decided {
        case let .place(mention): span = (mention.start, mention.end)
        case let .actor(actor): span = (actor.start, actor.end)
        case .wholeName, nil: span = (start, end)
        }
        let decision = PlaceDecision(
            text: report.substring(span.0..<span.1), start: span.0, end: span.1, outcome: outcome, rules: firings)
        // Shorter tries of one run often reach the same span the same way: kept once.
        if memo.decisions.last != decision { memo.decisions.append(decision) }
    }

    func isCapital(_ place: Place) -> Bool {
        gazetteer.countries.isCapital(place.name, code: place.countryCode)
    }

    /// The capital of the country `code` when the word after `end` is "capital" (and not "capital
    /// of", which names another), with where that word ends.
    func capitalNamed(by code: String, after end: Int, in report: ReportText) -> (place: Place, end: Int)? {
        let following = report.clauseWords(after: end, count: 2)
        guard following.first?.word.lowercased() == "capital", following.dropFirst().first?.word.lowercased() != "of",
            let name = gazetteer.countries.capital(forCode: code),
            let match = lookup(name, GeocodeOptions(country: code, limit: 1, allowsSpellingMatches: false)).first,
            match.place.kind == .populatedPlace
        else { return nil }
        return (match.place, following[0].range.upperBound)
    }

    /// The places that make a name ambiguous (`Gazetteer`'s close alternatives of its best answer),
    /// unless the countries the report names settle it: the chosen place lies in one and no rival does.
    ///
    /// A choice other than the gazetteer's own best answer (a namesake near the report's places, a region
    /// over its towns, a rival of a far outlier) is a reading of the report, not the name's plain
    /// answer: that answer is always a rival then, unless the named countries settle it as above.
    func rivals(of name: String, chosen: Place, countries: Set<String>) -> [Place] {
        guard let first = lookup(name, GeocodeOptions(limit: 1, allowsSpellingMatches: false)).first,
            first.isAmbiguous || first.place != chosen
        else {
            return []
        }
        let others = ([first.place] + first.closeAlternatives).filter { $0 != chosen }
        if countries.contains(chosen.countryCode), !others.contains(where: { countries.contains($0.countryCode) }) { return [] }
        return others
    }

    /// A site or sea whose full name the text gives, with the lower-case words its name goes on with
    /// ("Engels air base", "Zaporizhzhia nuclear plant") or the "port of" before it.
    func namedFeature(
        _ name: String, start: Int, end: Int, in report: ReportText, countries: Set<String>, afterLocative: Bool
    ) -> PlaceMention? {
        let following = report.clauseWords(after: end, count: 3).prefix { item in
            item.word.first.map { $0.isLowercase || $0.isNumber } == true
        }
        var forms: [(text: String, end: Int)] = []
        var phrase = name
        for item in following {
            phrase += " " + item.word
            forms.append((phrase, item.range.upperBound))
        }
        forms.reverse()
        let before = report.previousWords(before: start, count: 2)
        var begin = start
        if before.count == 2, before[0] == "of", ["port", "gulf", "sea", "strait", "bay"].contains(before[1]) {
            forms.append((before[1].capitalized + " of " + name, end))
            begin = report.startOfWord(before: report.startOfWord(before: start))
        }
        forms.append((name, end))
        // The same words in the same setting name the same feature (a name repeated through a report).
        let key = FeatureKey(forms: forms.map(\.text), countries: countries, afterLocative: afterLocative)
        let found: (form: Int, place: Place)?
        if let known = memo.features[key] {
            found = known
        } else {
            found = feature(among: forms.map(\.text), name: name, countries: countries, afterLocative: afterLocative)
            memo.features.updateValue(found, forKey: key)
        }
        guard let found else { return nil }
        let form = forms[found.form]
        let realStart = form.text.hasPrefix(name) ? start : begin
        return PlaceMention(
            text: report.substring(realStart..<form.end), start: realStart, end: form.end, kind: .city, place: found.place,
            name: found.place.name, evidence: [.namedFeature])
    }

    struct FeatureKey: Hashable {
        let forms: [String]
        let countries: Set<String>
        let afterLocative: Bool
    }

    /// The first of `forms` (longest first, the bare `name` last) that is a site's or sea's name.
    private func feature(among forms: [String], name: String, countries: Set<String>, afterLocative: Bool) -> (form: Int, place: Place)? {
        for (index, form) in forms.enumerated() {
            // A longer form is a feature only by a sea's or site's listed name; most ("Kharkiv on Monday")
            // are none, and a full lookup of each was a tenth of a report's reading.
            if form != name, !gazetteer.hasSiteOrSea(named: form) { continue }
            let matches = lookup(form, GeocodeOptions(preferredCountryCodes: countries, limit: 10, allowsSpellingMatches: false))
            guard
                let match = matches.first(where: {
                    ($0.place.kind == .site || $0.place.kind == .sea)
                        && [.primaryName, .alternateName, .distantAlternate].contains($0.kind)
                })
            else { continue }
            // A bare name is a feature only when it says what it is ("Crimean Bridge", "Red Sea") or
            // follows a locative ("over the Pacific"), or when no town has it.
            let lastWord = form.split(separator: " ").last.map { String($0).lowercased() } ?? ""
            let townFirst = matches.first.map { $0.place.kind == .populatedPlace && $0.kind != .transliteration } ?? false
            // After a locative, a sea's or a site's bare name wins over a town elsewhere: "over the
            // Pacific", "near Kinmen and Matsu" in a report about Taiwan (not Matsue, Japan).
            let inContext =
                match.place.kind == .sea
                || (countries.contains(match.place.countryCode)
                    && !(matches.first.map { countries.contains($0.place.countryCode) } ?? false))
            guard form != name || lexicon.featureWords.contains(lastWord) || (afterLocative && inContext) || !townFirst else {
                continue
            }
            return (index, match.place)
        }
        return nil
    }

    /// A city this populous after a locative stays a place though a person's name could start there.
    static let namedCityPopulation = 100_000

    /// How near the report's anchors a small place spelt as an everyday word must lie to be read as one.
    static let everydayNameReachMeters = 300_000.0

    /// The largest extent (centre to edge) of a country read as a place rather than as context.
    static let pointSizedCountryMeters = 60_000.0

    /// A capital followed by what governments do ("Tokyo said", "Pyongyang has not commented",
    /// "Washington condemned"), or `addressed` ("according to Moscow", "warnings from Washington");
    /// never after a locative ("officials in Kyiv said": the officials are there).
    func isActor(_ place: Place, next: [String], addressed: Bool, possessive: Bool, nextIsLowerCase: Bool) -> Bool {
        guard
            place.kind == .country || (place.kind == .populatedPlace && gazetteer.countries.isCapital(place.name, code: place.countryCode))
        else { return false }
        if addressed { return true }
        // "Pyongyang's state media", "Tehran's weight", "Beijing's first ICBM test": a capital's
        // possessive before a lower-case word is its government's, unless the word belongs to the
        // city ("Kyiv's mayor", "Tehran's streets").
        if possessive, nextIsLowerCase, let first = next.first {
            return lexicon.governmentWords.contains(first) || !lexicon.cityNouns.contains(first)
        }
        // "Washington and Ankara both label", "Moscow also sent": adverbs stand between.
        let words = Array(next.drop { lexicon.actorAdverbs.contains($0) })
        guard let first = words.first else { return false }
        if lexicon.regimeWords.contains(first) { return true }
        if lexicon.actorVerbs.contains(first) || lexicon.speechVerbs.contains(first) { return true }
        // "Baku was looking for pretexts", "Islamabad is putting up a fence", "Moscow was hitting back":
        // a capital doing something in a progressive tense acts as its government; "Kyiv is being
        // shelled" is the city.
        // "Kyiv did not comment", "Beijing would respond": an auxiliary before "not" or an actor's verb.
        if ["has", "had", "have", "is", "was", "did", "does", "would", "will", "could"].contains(first),
            let second = words.dropFirst().first
        {
            let progressive = ["is", "was"].contains(first) && ReportText.isGerund(second)
            return lexicon.actorVerbs.contains(second) || lexicon.speechVerbs.contains(second) || second == "not" || progressive
        }
        return false
    }

    /// A name given to a weapon: set beside a weapon noun ("a new drone, the Jaffa") or after "called",
    /// "named", "dubbed" with one ("a missile dubbed Palestine-2").
    func isWeaponName(at start: Int, in report: ReportText) -> Bool {
        var position = start
        if report.previousWord(before: position) == "the" { position = report.startOfWord(before: position) }
        while position > 0, report.scalars[position - 1] == " " { position -= 1 }
        if position > 0, report.scalars[position - 1] == "," {
            return lexicon.weaponNouns.contains(report.previousWord(before: position - 1))
        }
        let words = report.previousWords(before: position, count: 3)
        guard let naming = words.first, ["called", "named", "dubbed", "codenamed"].contains(naming) else { return false }
        return words.dropFirst().contains { lexicon.weaponNouns.contains($0) }
    }

    /// A stop word as written, or in capitals ("THE", "IN" in an all-caps paragraph).
    func isStopWord(_ word: String) -> Bool {
        lexicon.stopWords.contains(word) || lexicon.stopWordsInCapitals.contains(word)
    }

    /// Exact, alternate or transliterated matches only, preferring countries the text names; a
    /// region phrase looks among regions first ("the Amur region" is Russia's, not Amur, India),
    /// then takes the region's main city of that name when there is one.
    func bestMatch(_ name: String, countries: Set<String>, region: Bool, anchors: PlaceAnchors? = nil) -> GeocodeMatch? {
        let key = "\(region)|\(anchors != nil)|\(countries.sorted().joined(separator: ","))|\(name)"
        if let known = memo.bestMatches[key] { return known }
        let answer = rankedMatch(name, countries: countries, region: region, anchors: anchors)
        memo.bestMatches[key] = answer
        return answer
    }

    /// A region of the report's countries by its own name, when no town of that name in those countries is a city, a
    /// capital, a town of 10,000 by that very name, or the region's own town (in a province of its
    /// name, or near the region's point): "Michoacan's border with Jalisco" names the state, not the
    /// village in Chiapas nor Xalisco in Nayarit, which lists "Jalisco" among its names.
    private func regionOverTowns(_ name: String, countries: Set<String>, regionOwnName: (GeocodeMatch) -> Bool) -> GeocodeMatch? {
        let wider = lookup(name, GeocodeOptions(preferredCountryCodes: countries, limit: 10, allowsSpellingMatches: false))
        guard
            let region = wider.first(where: { match in
                match.place.kind == .region && regionOwnName(match) && !match.isCuratedName
                    && (countries.isEmpty || countries.contains(match.place.countryCode))
            })
        else { return nil }
        // Only a town of the report's countries competes: a Cuban town of 63,000 does not make
        // "Jacksonville, Florida" in a report on the United States a Cuban name.
        let knownTown = wider.contains { town in
            town.place.kind == .populatedPlace && [.primaryName, .alternateName, .distantAlternate].contains(town.kind)
                && (countries.isEmpty || countries.contains(town.place.countryCode))
                && (isInProvinceOfItsName(town) || isCapital(town.place) || town.place.population >= Self.namedCityPopulation
                    || (town.kind == .primaryName && town.place.population >= Self.regionTownPopulation)
                    || Geodesic.wgs84.inverse(from: town.place.coordinate, to: region.place.coordinate).distanceMeters
                        <= Self.regionTownReachMeters)
        }
        return knownTown ? nil : region
    }

    /// Whether `town` lies in `region`: its province bears the region's name, however romanised
    /// ("Zaporizka oblast" for Zaporizhzhya: the first five letters), or it lies near the region's point.
    static func lies(_ town: Place, in region: Place) -> Bool {
        guard town.countryCode == region.countryCode else { return false }
        let regionKey = NameFolding.skeleton(NameFolding.fold(region.name))
        let regionStart = String(NameFolding.fold(region.name).prefix(5))
        let named = town.admin1.map { admin1 in
            NameFolding.skeleton(NameFolding.fold(admin1)).contains(regionKey) || NameFolding.fold(admin1).contains(regionStart)
        }
        return named == true || Geodesic.wgs84.inverse(from: town.coordinate, to: region.coordinate).distanceMeters <= regionTownReachMeters
    }

    /// A town of a region's name this near the region's point is the town the region is named after
    /// (Khankendi for the Stepanakert district, Jincheng for Kinmen county), whatever its spelling.
    static let regionTownReachMeters = 100_000.0
    /// A town this populous by its own name is what the name means, wherever the region's point lies
    /// (Timbuktu, 84,000, is the city, not the region around it); villages of a region's name are not.
    static let regionTownPopulation = 10_000

    /// Whether a town lies in a province named after it ("Al Qunaytirah" for "Quneitra"): the town
    /// the region is known by, whatever name matched.
    private func isInProvinceOfItsName(_ town: GeocodeMatch) -> Bool {
        town.place.admin1.map { NameFolding.fold($0).contains(NameFolding.fold(town.place.name)) } == true
    }

    private func rankedMatch(_ name: String, countries: Set<String>, region: Bool, anchors: PlaceAnchors?) -> GeocodeMatch? {
        let options = GeocodeOptions(preferredCountryCodes: countries, limit: 3, allowsSpellingMatches: false)
        // A curated report name (region-aliases.tsv) is a name reports on its country use: in a report
        // on other countries it names nothing ("Kurdistan" in a report on Iraq is not Iran's Kordestan);
        // in one that names no country it stays a weak match ("in the Lower Shabelle region").
        let inReport = { (match: GeocodeMatch) in !match.isCuratedName || countries.isEmpty || match.isCuratedName(of: countries) }
        if region, let area = lookup(name + " region", options).first, area.place.kind == .region, inReport(area) {
            // The region's town of its name is one inside it, or it has none: "the Xinjiang region" is not the
            // namesake in Guangdong the gazetteer ranks first, nor "Sonora state" a village in Veracruz.
            let towns = lookup(name, GeocodeOptions(country: area.place.countryCode, limit: 5, allowsSpellingMatches: false))
            let inside = { (town: GeocodeMatch) in Self.lies(town.place, in: area.place) }
            let city =
                towns.first.flatMap { inside($0) ? $0 : nil }
                ?? towns.first { $0.place.kind == .populatedPlace && $0.kind == .primaryName && inside($0) }
            if let city, city.kind != .transliteration, city.place.kind == .populatedPlace { return city }
            return area
        }
        let matches = lookup(name, options).filter(inReport)
        // A region's own name: its name or an alternate, or a curated report name ("North Sinai" for
        // Shamal Sina') where the report speaks of its country.
        func regionOwnName(_ match: GeocodeMatch) -> Bool {
            [.primaryName, .alternateName].contains(match.kind)
                || (match.isCuratedName(of: countries) && match.kind == .distantAlternate)
        }
        // A town or site first; a region only by its own name ("Crimea", "Hokkaido", "Khuzestan"), or
        // when the gazetteer ranks it first for want of a town of its name in its country ("Alaska").
        let regionFirst = matches.first.map { top in
            top.place.kind == .region && regionOwnName(top)
                && !matches.contains { town in
                    town.place.kind == .populatedPlace && town.place.countryCode == top.place.countryCode
                        && [.primaryName, .alternateName].contains(town.kind)
                }
        }
        let best =
            (regionFirst == true ? matches.first : nil) ?? regionOverTowns(name, countries: countries, regionOwnName: regionOwnName)
            ?? matches.first { $0.place.kind == .populatedPlace || $0.place.kind == .site }
            ?? matches.first { $0.place.kind == .region && regionOwnName($0) }
        guard let best, best.kind != .fuzzy, best.kind != .coordinate else { return nil }
        // A far outlier with a rival of the same name near the report's anchors is that rival
        // (Buenos Aires in a report on Cauca, Bethlehem in one on Hebron).
        if let anchors, anchors.isFarOutlier(best.place, start: -1, isCapital: isCapital(best.place), byOwnName: best.isSelfStanding(name))
        {
            let wider = lookup(name, GeocodeOptions(preferredCountryCodes: countries, limit: 10, allowsSpellingMatches: false))
            if let near = wider.first(where: { match in
                (match.place.kind == .populatedPlace || match.place.kind == .site) && ![.fuzzy, .coordinate].contains(match.kind)
                    && (match.kind != .transliteration || best.kind == .transliteration)
                    && !anchors.isFarOutlier(
                        match.place, start: -1, isCapital: isCapital(match.place), byOwnName: match.isSelfStanding(name))
            }) {
                return near
            }
        }
        return nearerNamesake(of: best, name: name, countries: countries, anchors: anchors) ?? best
    }

    /// Of two places of one name in the report's countries, the one near its sure places when the
    /// first is far from all of them ("Sabon Gari" of a report on Zaria, not the largest Sabon Gari):
    /// names repeat within a country, and the report is about somewhere.
    private func nearerNamesake(of best: GeocodeMatch, name: String, countries: Set<String>, anchors: PlaceAnchors?) -> GeocodeMatch? {
        guard let anchors, best.place.kind == .populatedPlace || best.place.kind == .site, !isCapital(best.place),
            best.place.population < Self.namedCityPopulation,
            let far = anchors.nearestOtherMeters(to: best.place.coordinate), far > Self.namesakeFarMeters
        else { return nil }
        let wider = lookup(name, GeocodeOptions(preferredCountryCodes: countries, limit: 10, allowsSpellingMatches: false))
        return wider.first { match in
            match.place != best.place && [.primaryName, .alternateName].contains(match.kind) && match.kind <= best.kind
                && (match.place.kind == .populatedPlace || match.place.kind == .site) && countries.contains(match.place.countryCode)
                && (anchors.nearestOtherMeters(to: match.place.coordinate) ?? .infinity) < far / 4
        }
    }

    /// How far from every sure place a small place must lie before a namesake nearer them replaces it.
    static let namesakeFarMeters = 200_000.0
}

extension GeocodeMatch {
    /// Matched through a curated region name (gazetteer/region-aliases.tsv) of a region in one of
    /// `countries`: a name reports on that country use, as known as an alternate name there.
    func isCuratedName(of countries: Set<String>) -> Bool {
        isCuratedName && countries.contains(place.countryCode)
    }
}

extension GeocodeMatch {
    /// Whether `name`, matched so, is one a large city is known by wherever it is read: its own, or an
    /// alternate of two words or more ("New York" for New York City). A one-word alternate or a
    /// transliteration is as often a village's local name spelt like the city's ("Khoms", "Mambasa").
    ///
    /// So is a megacity's former name wholly unlike its own (Bombay, Saigon, Madras): cities this large
    /// are few and their old names known the world over, while a name spelt nearly like one (Dili,
    /// Delhi) is as often a place of its own.
    func isSelfStanding(_ name: String) -> Bool {
        if kind == .primaryName || ([.alternateName, .distantAlternate].contains(kind) && name.contains(" ")) { return true }
        guard [.alternateName, .distantAlternate].contains(kind), place.population >= Self.megacityPopulation else { return false }
        let (written, own) = (NameFolding.fold(name), NameFolding.fold(place.name))
        let longer = max(written.count, own.count)
        return 2 * EditDistance.between(written, own, limit: longer) >= longer
    }

    /// A city this populous is known by its former names wherever it is read.
    static let megacityPopulation = 4_000_000
}
