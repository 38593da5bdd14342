import Foundation
import Gazetteer
import Verification

/// The word lists behind reading reports and stated distances, loaded from a lexicon file
/// (the CLI reads `gazetteer/lexicon.txt`) so that they can grow without touching code.
///
/// The file: `[name]` starts a list, `#` starts a comment line, every other non-blank line is one
/// entry; lists that map words to values separate the two with a tab.
public struct Lexicon: Sendable {
    /// Words before a name that make it likely to be a place ("in", "near").
    public let locatives: Set<String>
    /// Capitalised words that are never a place, compared case-sensitively ("The", "Monday").
    public let stopWords: Set<String>
    /// The stop words in capitals ("THE", "IN"), for paragraphs written all in capitals.
    public let stopWordsInCapitals: Set<String>
    /// Words before a name that make it a person ("president").
    public let personTitles: Set<String>
    /// People as a report introduces one by name: "a man named Rawad", "a boy called Ali".
    public let personNouns: Set<String>
    /// Verbs after a two-word name that make it a person ("said").
    public let speechVerbs: Set<String>
    /// Words that make a name a first-level region ("oblast", "region").
    public let regionWords: Set<String>
    /// Weapons, products and organisations that share names with towns (Hwasong, Dongfeng, Hamas),
    /// continents and world regions (Africa, the Sahel), feasts (Ramadan) and nationality nouns
    /// (Briton), folded: never places.
    public let notPlaces: Set<String>
    /// Verbs after a capital that make it its government ("Tokyo protested", "Moscow blamed").
    public let actorVerbs: Set<String>
    /// What governments exchange ("warnings", "protest", "talks"): "warnings from Washington" names
    /// the government.
    public let actorNouns: Set<String>
    /// Nouns for weapons ("drone", "missile"): "a new drone, the Jaffa" names a weapon.
    public let weaponNouns: Set<String>
    /// Ship prefixes and kinds of ship ("USS", "tanker"): the name after one is a ship's.
    public let vesselWords: Set<String>
    /// Everyday words that are also towns' names ("said", "over", "sea", "line"): in text in capitals
    /// they are words, not places, and elsewhere only a town's own name, not an alternate, makes one
    /// a place ("the Line of Control" is not Lin'e).
    public let commonWords: Set<String>
    /// Words after a name that make it a river, lake or landform ("the Dnipro river"), not the town.
    public let naturalFeatureWords: Set<String>
    /// Buildings a report names after a word (shrine, cafe, hotel, school, prison): "the Erawan Shrine".
    public let buildingWords: Set<String>
    /// Words before a name that make it a mountain or lake ("Mount Meron").
    public let landformWords: Set<String>
    /// Words that end a site's or sea's name and say what it is ("Crimean Bridge", "Red Sea").
    public let featureWords: Set<String>
    /// Words after a name that make it an area named after a place ("the Zurmi Local Government Area").
    public let areaWords: Set<String>
    /// Compass words that open names ("North Hamgyong"), case-sensitive.
    public let compassWords: Set<String>
    /// Words after a capital's possessive that make it its government ("Pyongyang's state media").
    public let governmentWords: Set<String>
    /// Words after a sentence-opening word that make it a participle ("Reading the report").
    public let determiners: Set<String>
    /// Verbs after which a distance places a missile's end ("landed 200 km west of X").
    public let impactVerbs: Set<String>
    /// Words between "from" and a place that only describe it ("the Chinese city of").
    public let describingWords: Set<String>
    /// Compass directions ("south of Tehran").
    public let directions: Set<String>
    /// Words before a distance that make it an altitude, a range or flight; words after it that make
    /// it a range or flight.
    public let altitudeWords: Set<String>
    /// Words right after a distance that make it a height or depth ("10 km deep", "20 km high").
    public let altitudeWordsAfter: Set<String>
    /// Words just before a length that make it how far something was perceived ("heard 20 miles away").
    public let perceptionWords: Set<String>
    /// Words right after a length that make it a thing's size ("85 feet wide").
    public let sizeWordsAfter: Set<String>
    public let flightWords: Set<String>
    public let flightWordsAfter: Set<String>
    /// Phrases that make a stated distance a path's total, not the distance between two places
    /// ("toward the Kuril islands and back, about 2,500 km in all").
    public let pathTotals: Set<String>
    /// Words after a capital that make it its government ("the Kiev regime").
    public let regimeWords: Set<String>
    /// Verbs of going that make "for" a locative ("headed for", "left Djibouti for").
    public let destinationVerbs: Set<String>
    /// Adverbs between a capital and its verb ("both", "also").
    public let actorAdverbs: Set<String>
    /// Participles before "by" and a capital that make it its government ("backed by Moscow").
    public let backingParticiples: Set<String>
    /// Nouns after a capital's possessive that keep it a city ("Kyiv's mayor").
    public let cityNouns: Set<String>
    /// Head nouns that make a capitalised name an organisation's ("University", "News", "Forces").
    public let organisationHeads: Set<String>
    /// Head nouns that make a capitalised name an event's ("Week", "Summit", "Accords").
    public let eventHeads: Set<String>
    /// Capitalised words after a name that make it a street's or a square's ("Gaza Street").
    public let streetWords: Set<String>
    /// Lower-case nouns right after a name that make it an armed group's ("the Fano militia").
    public let armedGroupWords: Set<String>
    /// Lower-case nouns right after a name that make it a news medium's ("the Fars news agency").
    public let mediaWords: Set<String>
    /// Nouns for a kind of settlement ("the village of X", "from the city", "in X village").
    public let settlementNouns: Set<String>
    /// Nouns after a name that make it a place's area ("the Tiru valley", "the Zargwez area").
    public let areaNouns: Set<String>
    /// Nouns after a place's name that make the phrase its boundary ("the Arizona border").
    public let boundaryNouns: Set<String>
    /// The settlement and area nouns together: every noun whose "of" names the place it is ("the
    /// village of X", "the district of X").
    public let placeNouns: Set<String>
    /// Verbs that locate their subject ("X lies 40 km …").
    public let locatingVerbs: Set<String>
    /// Lower-case words after a name that make it a first-level region beside the region words
    /// ("the department of Peten", "Bolivar state").
    public let firstLevelRegionNouns: Set<String>
    /// Nouns for an armed or political group in an apposition (", a militant group known for …").
    public let groupNouns: Set<String>
    /// Words that open what an apposition's group noun goes on with ("known for", "that", "based in").
    public let appositionOpeners: Set<String>
    /// Nouns whose "of" names a government ("an ally of Washington").
    public let allyNouns: Set<String>
    /// Lower-case nouns right after a name that make it a company's ("the Makkah company").
    public let companyNouns: Set<String>
    /// Verbs that hold their object back from doing something ("stop Beijing from setting up").
    public let restrainingVerbs: Set<String>
    /// Nouns that give a town's size after its noun ("the city of 100,000 people").
    public let populationNouns: Set<String>
    /// ISO codes of sovereign states (UN members and observers): context however small, unlike a
    /// dependent territory.
    public let sovereignStates: Set<String>
    /// Verbs before "to" and a name that make it whom one addresses ("had spoken to Reagan").
    public let addressingVerbs: Set<String>
    /// Words that open a person's name ("Abu Daoud", "Iyad Ag Ghaly"), read as given names.
    public let nameOpeners: Set<String>
    /// Nouns after a sea's name that make it describe them ("six other Caribbean countries").
    public let seaModifiedNouns: Set<String>
    /// Nouns after two names joined by a hyphen that make them a route's ends ("the Damboa-Biu road").
    public let routeNouns: Set<String>
    /// Locatives after which a name before a speech verb is still a place ("in Buenos Aires announced").
    public let placeOnlyLocatives: Set<String>
    /// Particles between a given name and a family name ("dela" of "Edwin dela Peña"), case-sensitive.
    public let nameParticles: Set<String>
    /// People's given names as transliteration skeletons (`NameFolding.skeleton`), from
    /// gazetteer/given-names.txt when `addingGivenNames` was called; empty otherwise.
    public private(set) var givenNames: Set<String> = []
    /// Words that make a sentence an event, in the order they are tried.
    public let eventActions: [(word: String, action: EventAction)]
    /// Spelled-out counts ("three" → 3).
    public let numberWords: [String: Int]
    public let hedges: Hedges
    /// Month names and abbreviations → 1…12.
    public let months: [String: Int]
    /// Weekday names, Sunday first.
    public let weekdays: [String]
    /// The patterns built from these lists, compiled once.
    public let patterns: ReportPatterns

    /// Every list the file must have; an unknown list name is an error too, so a typo cannot hide one.
    static let listNames = [
        "locatives", "stop-words", "person-titles", "person-nouns", "speech-verbs", "region-words", "event-actions",
        "number-words", "hedges", "months", "weekdays", "weapons", "organisations", "actor-verbs", "common-words",
        "actor-nouns", "weapon-nouns", "vessel-words", "natural-feature-words", "landform-words", "feature-words", "compass-words",
        "government-words", "determiners", "impact-verbs", "describing-words", "directions", "altitude-words", "altitude-words-after",
        "size-words-after",
        "perception-words",
        "flight-words",
        "flight-words-after", "organisation-heads", "actor-adverbs", "backing-participles", "media-words", "destination-verbs",
        "city-nouns", "regime-words",
        "path-totals", "event-heads", "street-words", "area-words",
        "armed-group-words",
        "name-particles", "world-regions", "building-words", "holidays",
        "settlement-nouns", "area-nouns", "boundary-nouns", "locating-verbs", "first-level-region-nouns", "group-nouns",
        "apposition-openers", "ally-nouns", "restraining-verbs", "company-nouns", "demonyms", "place-only-locatives", "population-nouns",
        "sovereign-states", "addressing-verbs", "name-openers", "sea-modified-nouns", "route-nouns",
    ]

    /// Whether `word` names a first-level region after its name ("province", "oblast", "department",
    /// lower-case "state"), as opposed to a district, whose name is its seat's.
    func isFirstLevelRegionWord(_ word: String) -> Bool {
        regionWords.contains(word) || firstLevelRegionNouns.contains(word)
    }

    /// The same lexicon with the given names of `url` (gazetteer/given-names.txt: one skeleton a line,
    /// `#` comment lines first).
    /// - Throws: `ReadingError.lexiconInvalid` when the file cannot be read as UTF-8.
    public func addingGivenNames(from url: URL) throws -> Lexicon {
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            throw ReadingError.lexiconInvalid(path: url.path, line: 1, problem: "the file is missing, unreadable or not UTF-8")
        }
        var copy = self
        copy.givenNames = Set(text.split(separator: "\n").lazy.filter { !$0.hasPrefix("#") }.map(String.init))
        return copy
    }

    /// Reads and parses the lexicon file at `url` (the CLI passes `gazetteer/lexicon.txt`).
    /// - Throws: `ReadingError.lexiconInvalid` when it cannot be read as UTF-8 or is malformed.
    public static func load(from url: URL) throws -> Lexicon {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw ReadingError.lexiconInvalid(path: url.path, line: 1, problem: "the file is missing, unreadable or not UTF-8")
        }
        return try Lexicon(text: text, source: url.path)
    }

    /// - Parameter source: how errors name the file (its path).
    /// - Throws: `ReadingError.lexiconInvalid` with the line of the first problem.
    public init(text: String, source: String) throws {
        var lists: [String: [(line: Int, entry: String, value: String?)]] = [:]
        var current: String?
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingWhitespace()
            let number = index + 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                let name = String(line.dropFirst().dropLast())
                guard Self.listNames.contains(name) else {
                    throw ReadingError.lexiconInvalid(path: source, line: number, problem: "unknown list [\(name)]")
                }
                current = name
                lists[name] = lists[name] ?? []
                continue
            }
            guard let list = current else {
                throw ReadingError.lexiconInvalid(path: source, line: number, problem: "an entry before the first [list] heading")
            }
            let fields = raw.split(separator: "\t", maxSplits: 1).map { $0.trimmingWhitespace() }
            lists[list, default: []].append((number, fields[0], fields.count > 1 ? fields[1] : nil))
        }
        func entries(_ name: String) throws -> [(line: Int, entry: String, value: String?)] {
            guard let list = lists[name], !list.isEmpty else {
                throw ReadingError.lexiconInvalid(path: source, line: 1, problem: "the list [\(name)] is missing or empty")
            }
            return list
        }
        func words(_ name: String, foldCase: Bool = true) throws -> Set<String> {
            Set(try entries(name).map { foldCase ? $0.entry.lowercased() : $0.entry })
        }
        func mapped<Value>(_ name: String, _ read: (String) -> Value?, expected: String) throws -> [(String, Value)] {
            try entries(name).map { item in
                guard let text = item.value, let value = read(text) else {
                    throw ReadingError.lexiconInvalid(
                        path: source, line: item.line,
                        problem: "'\(item.entry)' needs a tab and \(expected) after it")
                }
                return (item.entry.lowercased(), value)
            }
        }
        locatives = try words("locatives")
        stopWords = try words("stop-words", foldCase: false)
        stopWordsInCapitals = Set(stopWords.filter { $0.count > 1 }.map { $0.uppercased() })
        personTitles = try words("person-titles")
        personNouns = try words("person-nouns")
        speechVerbs = try words("speech-verbs")
        regionWords = try words("region-words")
        notPlaces = Set(
            try ["weapons", "organisations", "world-regions", "holidays", "demonyms"].flatMap { list in
                try entries(list).map { NameFolding.fold($0.entry) }
            })
        actorVerbs = try words("actor-verbs")
        commonWords = try words("common-words")
        actorNouns = try words("actor-nouns")
        weaponNouns = try words("weapon-nouns")
        vesselWords = try words("vessel-words")
        naturalFeatureWords = try words("natural-feature-words")
        buildingWords = try words("building-words")
        landformWords = try words("landform-words")
        featureWords = try words("feature-words")
        areaWords = try words("area-words")
        compassWords = try words("compass-words", foldCase: false)
        governmentWords = try words("government-words")
        determiners = try words("determiners")
        impactVerbs = try words("impact-verbs")
        describingWords = try words("describing-words")
        directions = try words("directions")
        altitudeWords = try words("altitude-words")
        altitudeWordsAfter = try words("altitude-words-after")
        sizeWordsAfter = try words("size-words-after")
        perceptionWords = try words("perception-words")
        flightWords = try words("flight-words")
        flightWordsAfter = try words("flight-words-after")
        pathTotals = try words("path-totals")
        organisationHeads = try words("organisation-heads")
        eventHeads = try words("event-heads")
        streetWords = try words("street-words")
        armedGroupWords = try words("armed-group-words")
        mediaWords = try words("media-words")
        nameParticles = try words("name-particles", foldCase: false)
        actorAdverbs = try words("actor-adverbs")
        backingParticiples = try words("backing-participles")
        destinationVerbs = try words("destination-verbs")
        cityNouns = try words("city-nouns")
        regimeWords = try words("regime-words")
        settlementNouns = try words("settlement-nouns")
        areaNouns = try words("area-nouns")
        placeNouns = settlementNouns.union(areaNouns)
        boundaryNouns = try words("boundary-nouns")
        locatingVerbs = try words("locating-verbs")
        firstLevelRegionNouns = try words("first-level-region-nouns")
        groupNouns = try words("group-nouns")
        appositionOpeners = try words("apposition-openers")
        allyNouns = try words("ally-nouns")
        restrainingVerbs = try words("restraining-verbs")
        companyNouns = try words("company-nouns")
        placeOnlyLocatives = try words("place-only-locatives")
        populationNouns = try words("population-nouns")
        sovereignStates = try words("sovereign-states", foldCase: false)
        addressingVerbs = try words("addressing-verbs")
        nameOpeners = try words("name-openers")
        seaModifiedNouns = try words("sea-modified-nouns")
        routeNouns = try words("route-nouns")
        eventActions = try mapped("event-actions", EventAction.init(rawValue:), expected: "an action such as strike or launch")
            .map { (word: $0.0, action: $0.1) }
        numberWords = Dictionary(
            try mapped("number-words", { Int($0) }, expected: "a whole number"), uniquingKeysWith: { first, _ in first })
        hedges = Hedges(
            phrases: try mapped(
                "hedges", StatedDistance.Qualifier.init(lexiconName:),
                expected: "approximately, nearly, at-least or at-most"))
        months = Dictionary(
            try mapped("months", { Int($0).flatMap { (1...12).contains($0) ? $0 : nil } }, expected: "a month number 1–12"),
            uniquingKeysWith: { first, _ in first })
        weekdays = try entries("weekdays").map { $0.entry.lowercased() }
        guard weekdays.count == 7 else {
            throw ReadingError.lexiconInvalid(path: source, line: 1, problem: "[weekdays] must list the seven days, Sunday first")
        }
        patterns = ReportPatterns(
            hedges: hedges, numberWords: numberWords, months: months, weekdays: weekdays, settlementNouns: settlementNouns)
    }
}
