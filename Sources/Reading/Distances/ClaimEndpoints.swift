import Foundation
import Gazetteer

/// Reads which places a distance statement joins from the shape of its sentence. A wrong pair
/// gives a confident wrong verdict, so each rule answers only for the shape it knows and the rest
/// stay unpaired: "80 km from Kharkiv" (the place right after), "Daegu about 320 km" after "Seoul
/// lies 100 km from the launch area" (a list sharing its far end), "Pokrovsk, some 40 km away" (an
/// apposition to the place the report is about), "from X to Y", and a sentence's two places only
/// when it states a single distance.
struct ClaimEndpoints {
    let report: ReportText
    let lexicon: Lexicon
    /// The report's places, in text order, without the dateline: where a report is filed is no end
    /// of a distance it states.
    let places: [PlaceMention]

    /// Whether a place is its country's capital, for "the capital" referred back to; nil without a
    /// gazetteer.
    let isCapital: ((Place) -> Bool)?

    /// Where every distance statement of the report starts, in order: "respectively" pairs them
    /// with a list of places by position.
    let statementStarts: [Int]

    /// The capitals among `places`, in order: what "the capital" can refer back to.
    private let capitals: [PlaceMention]
    /// For each sentence, the place a later sentence refers back to when it names none itself
    /// (`topic(before:)`), computed once so that each claim's look back costs a binary search:
    /// a report of a thousand "40 km away" claims stays linear.
    private var topics: [PlaceMention?] = []
    /// Places after "from" in sentences that launch or fire, in order: where "the launch area" is.
    private let launchOrigins: [PlaceMention]
    /// Where the sentences that say "respectively" start, found once (a search per claim made a long
    /// sentence of claims quadratic).
    private let respectivelySentences: Set<Int>

    /// Whether `place` is one end of two names joined by a hyphen before a route's noun ("the
    /// Brazzaville-Kinkala road": `PlaceExtractor.splittingRouteEnds`).
    static func isRouteEnd(_ place: PlaceMention, in report: ReportText, lexicon: Lexicon) -> Bool {
        let scalars = report.scalars
        let hyphenBefore = place.start > 0 && scalars[place.start - 1] == "-"
        let hyphenAfter = place.end < scalars.count && scalars[place.end] == "-"
        guard hyphenBefore != hyphenAfter else { return false }
        var tokenEnd = place.end
        if hyphenAfter {
            tokenEnd += 1
            while tokenEnd < scalars.count, Scalars.isLetter(scalars[tokenEnd]) { tokenEnd += 1 }
        }
        return report.nextWords(after: tokenEnd, count: 1).first.map(lexicon.routeNouns.contains) == true
    }

    init(report: ReportText, lexicon: Lexicon, places: [PlaceMention], statementStarts: [Int] = [], isCapital: ((Place) -> Bool)? = nil) {
        self.report = report
        self.lexicon = lexicon
        // A containing region is no end at all; a dateline's capital is none either, but "the capital"
        // may still mean it.
        // An end of a route's name ("the Tirana-Durres highway") names the road, not where the event was.
        let all = places.filter {
            !Self.isContainer($0, in: report, lexicon: lexicon) && !Self.isRouteEnd($0, in: report, lexicon: lexicon)
        }
        .sorted { $0.start < $1.start }
        let kept = all.filter { !$0.evidence.contains(.dateline) }
        self.places = kept
        self.statementStarts = statementStarts.sorted()
        self.isCapital = isCapital
        respectivelySentences = Set(
            report.sentences.filter { report.contains("respectively", in: $0) }.map(\.lowerBound))
        launchOrigins = kept.filter { place in
            guard report.previousWord(before: place.start, skippingArticles: true) == "from" else { return false }
            let sentence = report.sentence(containing: place.start)
            return ["launch", "fired"].contains { report.contains($0, in: sentence) }
        }
        capitals = isCapital.map { isCapital in all.filter { $0.place.kind == .populatedPlace && isCapital($0.place) } } ?? []
        var topic: PlaceMention?
        topics = report.sentences.map { sentence in
            topic = referredBack(by: sentence) ?? self.places(in: sentence).first ?? topic
            return topic
        }
    }

    /// A region named as where the place before it is or as what that place is the capital of
    /// ("Barire, in the Lower Shabelle region, about 60 km from Mogadishu"; "Goma, the capital of
    /// North Kivu province, which lies 100 km away"): it locates that place and is no end of the
    /// distance, which runs from the place. When the place is unknown, the claim stays unpaired,
    /// never joined to the region's representative point.
    /// A town's name before a word for a region or area ("Macuto, in La Guaira state, 35km from the
    /// capital") names the area too: it is a container as a region is.
    static func isContainer(_ mention: PlaceMention, in report: ReportText, lexicon: Lexicon) -> Bool {
        guard namesRegionOrArea(mention, in: report, lexicon: lexicon) else { return false }
        let before = report.substring(max(0, mention.start - 40)..<mention.start)
        let whole = NSRange(before.startIndex..., in: before)
        return containerOpening.firstMatch(in: before, range: whole) != nil
    }

    /// Whether a mention is a region's, or a name a word for a region or area follows ("La Guaira state",
    /// "Pulwama district").
    static func namesRegionOrArea(_ mention: PlaceMention, in report: ReportText, lexicon: Lexicon) -> Bool {
        guard mention.kind != .admin1, mention.place.kind != .region else { return true }
        guard mention.end < report.scalars.count, report.scalars[mention.end] == " " else { return false }
        let word = report.nextWord(after: mention.end)
        return lexicon.isFirstLevelRegionWord(word) || lexicon.areaWords.contains(word)
    }

    /// ", in the (central) " or "capital of (the) " right before a region's name.
    private static let containerOpening = try! NSRegularExpression(
        pattern: "(,\\s+in\\s+(the\\s+)?(\\p{Ll}+\\s+)?|\\bcapital\\s+of\\s+(the\\s+)?)$")

    // MARK: Places by position (binary searches: places and statements are in text order)

    /// The places that start inside `range`.
    private func places(in range: Range<Int>) -> ArraySlice<PlaceMention> {
        places.elements(in: range, key: \.start)
    }

    /// The places that end at or before `offset`.
    private func places(endingBy offset: Int) -> ArraySlice<PlaceMention> {
        var end = places.firstIndex(atOrAfter: offset, key: \.start)
        while end > 0, places[end - 1].end > offset { end -= 1 }
        return places[..<end]
    }

    /// "Belgorod and Shebekino lie about 40 km and 7 km from the border respectively": the place at
    /// the statement's position in the list of places before the sentence's first statement, when
    /// the sentence says "respectively" and names as many places there as it states distances.
    private func respective(at offset: Int, in sentence: Range<Int>) -> PlaceMention? {
        guard respectivelySentences.contains(sentence.lowerBound) else { return nil }
        let starts = statementStarts.elements(in: sentence, key: { $0 })
        guard let first = starts.first, let index = starts.firstIndex(of: offset), starts.count > 1 else { return nil }
        let listed = places(in: sentence).filter { $0.end <= first }.suffix(starts.count)
        return listed.count == starts.count ? listed[listed.startIndex + (index - starts.startIndex)] : nil
    }

    /// The two ends of the statement at `range`, nearest first; `earlier` is the previous claim in the
    /// same sentence (a list's first item lends its far end to the next), `statementsInSentence` how
    /// many distances the sentence states.
    func ends(
        of range: Range<Int>, kind: ClaimKind, earlier: DistanceClaimMention?, statementsInSentence: Int
    ) -> (near: PlaceMention?, far: PlaceMention?) {
        let sentence = report.sentence(containing: range.lowerBound)
        let inSentence = Array(places(in: sentence))
        let near = located(before: range.lowerBound, in: sentence, farEnds: Set([earlier?.to?.start].compactMap { $0 }))
        if runsToANamedBoundary(after: range.upperBound) { return (near, nil) }
        // "315 km south of Tehran", "80 km from Kharkiv", "100 km from the launch area".
        if let far = placeRightAfter(range.upperBound, in: inSentence, offset: kind == .offset) {
            // "taken 200 kilometers from Nukus to Urgench": the distance runs between the two.
            if let destination = destination(after: far, in: inSentence) { return (far, destination) }
            return (near, far)
        }
        // "about 80 km from the village", "10 kilometres north of the city": the town of that sort the
        // report named last, other than the near end.
        if let far = referredFar(after: range, near: near) { return (near, far) }
        if kind == .offset { return (nil, nil) }
        // "Pokrovsk, a logistics hub some 40 km away", "Sulina port is about 45 km to the west".
        if isUnanchored(after: range.upperBound) {
            if let named = apposed(before: range.lowerBound, in: inSentence) {
                let other = inSentence.first { $0.end <= named.start && $0.place != named.place } ?? topic(before: sentence.lowerBound)
                return (named, other?.place == named.place ? nil : other)
            }
            // Set beside something that is no place ("launched from Yemen, about 2,000 km away").
            if isApposition(before: range.lowerBound, in: sentence) { return (nil, nil) }
            let other = topic(before: sentence.lowerBound)
            return (near, other?.place == near?.place ? nil : other)
        }
        // "30 km from the Line of Control": the far end is named, and it is no place the gazetteer knows.
        if ["from", "to"].contains(report.nextWord(after: range.upperBound)) { return (near, nil) }
        // "…, Daegu about 320 km and Busan roughly 400 km": each item's place and the list's far end.
        if let earlier, let far = earlier.to, let item = inSentence.last(where: { $0.end <= range.lowerBound }),
            item.end > (earlier.end), report.substring(item.end..<range.lowerBound).allSatisfy({ $0 == " " })
        {
            return (item, far)
        }
        guard statementsInSentence == 1 else { return (nil, nil) }
        // A round trip or a total over legs joins no two places.
        if lexicon.pathTotals.contains(where: { report.contains($0, in: sentence, wholeWords: true) }) { return (nil, nil) }
        return pair(inSentence)
    }

    /// The place a distance is told of: with "respectively", the list's place at the statement's
    /// position; else the nearest place before the number in its sentence that is
    /// not itself the far end of an earlier distance ("Fordow lies 95 km south of Tehran and 30 km
    /// northeast of Qom": Fordow both times); or, when the sentence opens by referring back ("The
    /// city lies …", "The island is …", "It is …"), the last place of that sort the report named.
    /// None when a verb of flight or impact comes right before the number ("landed some 200 km west
    /// of Okushiri"): what lies there is the missile's landing point, which has no name. A sea is
    /// never the near end: "in the Black Sea, about 120 km south of Odesa" places a ship in it.
    func located(before offset: Int, in sentence: Range<Int>, farEnds: Set<Int> = []) -> PlaceMention? {
        if let verb = report.previousWords(before: offset, count: 1).first, lexicon.impactVerbs.contains(verb) { return nil }
        if isUnnamedSpot(before: offset) { return nil }
        if let listed = respective(at: offset, in: sentence) { return listed }
        var clause = reportedClauseStart(before: offset, in: sentence)
        // "Officials in Kyiv said the city is about 410 km from Kharkiv": a town noun in what is reported
        // refers back to the speaker's town.
        if clause > sentence.lowerBound, !places(in: sentence).contains(where: { $0.start >= clause && $0.end <= offset }),
            referencesTown(report.substring(clause..<offset))
        {
            clause = sentence.lowerBound
        }
        let candidates = places(in: sentence).filter { $0.end <= offset && $0.start >= clause && $0.place.kind != .sea }
        // "walking through the bazaar in the mountainous city, around 180 kilometres from Kabul": with no
        // place before it in its sentence, a noun for a town refers back to the town named last.
        if candidates.isEmpty, let town = referredTown(before: offset, in: sentence) { return town }
        // An apposition: "rivals from Misrata, a major port city 200 kilometres east of the capital",
        // also with its own region inside ("Phanom Dong Rak, a town in Surin province only 15
        // kilometres from the border"): the head, when no other comma or stop comes before the number.
        if let head = candidates.last(where: { ["a", "an"].contains(report.nextWord(after: $0.end)) }),
            report.substring(head.end..<offset).hasPrefix(", "),
            !report.substring((head.end + 2)..<offset).contains(where: { ",;.".contains($0) })
        {
            return head
        }
        if let near = candidates.last(where: { isNearEnd($0, farEnds: farEnds) }) {
            return containedPlace(before: near, among: candidates) ?? near
        }
        // Else the last place before it, unless that is an earlier distance's far end ("the Sea
        // Champion, 100 nautical miles north of Aden, and the Rubymar, 35 south of Mokha") or an end of a
        // route ("sailing from Lagos to Cape Town when pirates boarded it 95 nautical miles northwest of
        // Sao Tome": the ship was at neither).
        let after = { (place: PlaceMention, word: String) in report.previousWord(before: place.start, skippingArticles: true) == word }
        let routeEnd = { (place: PlaceMention) in after(place, "to") && candidates.contains { after($0, "from") && $0.end <= place.start } }
        return referredBack(by: sentence) ?? candidates.last.flatMap { farEnds.contains($0.start) || routeEnd($0) ? nil : $0 }
    }

    /// Whether an unnamed spot comes right before the number: "at a rest stop five kilometers north of
    /// Vang Vieng", "in a field 3 km from the border". What lies there has no name, so no place of the
    /// sentence is the near end.
    private func isUnnamedSpot(before offset: Int) -> Bool {
        let before = report.substring(max(0, offset - 40)..<offset).split(separator: " ").suffix(5)
        // The preposition, the article, then one to three lower-case words ending right at the number.
        guard let article = before.lastIndex(where: { $0 == "a" || $0 == "an" }), article > before.startIndex,
            ["at", "in", "near", "on"].contains(before[article - 1]), article + 1 < before.endIndex
        else { return false }
        return before[(article + 1)...].allSatisfy { word in word.allSatisfy { $0.isLetter && $0.isLowercase } }
    }

    /// Where the clause a speech verb reports begins, when the number stands in one ("told reporters in
    /// London that the vessel was boarded … 90 nautical miles south of Lagos"): the speaker's places are
    /// no end of what is reported. The sentence's start otherwise.
    private func reportedClauseStart(before offset: Int, in sentence: Range<Int>) -> Int {
        let text = report.substring(sentence.lowerBound..<offset)
        guard let that = text.range(of: " that ", options: .backwards) else { return reportedWithoutThat(text, in: sentence) }
        let words = text[..<that.lowerBound].split(separator: " ").map { $0.lowercased() }
        guard words.contains(where: { lexicon.speechVerbs.contains($0) }) else { return sentence.lowerBound }
        return sentence.lowerBound + text[..<that.upperBound].unicodeScalars.count
    }

    /// Whether `text` names a town by a noun after "the" ("the city is about 410 km from").
    private func referencesTown(_ text: String) -> Bool {
        let words = text.lowercased().split(separator: " ").map(String.init)
        return zip(words, words.dropFirst()).contains { $0 == "the" && lexicon.settlementNouns.contains($1) }
    }

    /// Where the clause a speech verb reports begins without "that" ("NATO officials in Brussels said the
    /// alliance had targeted the bridges, some 180 miles south of Belgrade"): after the verb's last word.
    private func reportedWithoutThat(_ text: String, in sentence: Range<Int>) -> Int {
        var offset = 0, start = sentence.lowerBound
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            offset += word.unicodeScalars.count + 1
            if lexicon.speechVerbs.contains(word.lowercased()) { start = sentence.lowerBound + offset }
        }
        return start
    }

    /// The place that `container`, a district or region, is named as the container of ("Lethpora in south
    /// Kashmir's Pulwama district, 22 km south of Srinagar"; "Pahalgam, a hill station in Anantnag district
    /// …, is about 90 kilometres from"; "in Lembantongoa village, in the Palolo district of Sigi regency,
    /// about 90 km from"): the distance is told of the place, which the container only locates.
    private func containedPlace(before container: PlaceMention, among candidates: [PlaceMention]) -> PlaceMention? {
        guard Self.namesRegionOrArea(container, in: report, lexicon: lexicon) else { return nil }
        // The nearest earlier place the chain reaches, past a region's possessive inside it ("Kashmir's").
        for place in candidates.filter({ $0.end <= container.start && $0.place != container.place }).suffix(3).reversed() {
            guard container.start - place.end <= 80 else { return nil }
            let between = report.substring(place.end..<container.start)
            if lexicon.patterns.containerChain.firstMatch(in: between, range: NSRange(between.startIndex..., in: between)) != nil {
                return place
            }
        }
        return nil
    }

    /// Whether a place may be the near end: not one after "of", "from" or "to", which is a far end
    /// ("40 km south of Kharkiv"), unless a word for a kind of place governs it ("the village of
    /// Yunakivka, which sits about eight kilometres from the border") and it is no earlier distance's
    /// far end ("100 km from the Polish city of Gdansk and some 1 000 km from Moscow").
    private func isNearEnd(_ place: PlaceMention, farEnds: Set<Int>) -> Bool {
        if farEnds.contains(place.start) { return false }
        let before = report.previousWord(before: place.start, skippingArticles: true)
        guard ["of", "from", "to"].contains(before) else { return true }
        let ofStart = report.startOfWord(before: place.start)
        let nounStart = report.startOfWord(before: ofStart)
        let noun = report.previousWord(before: ofStart, skippingArticles: false)
        guard before == "of", lexicon.placeNouns.contains(noun), !farEnds.contains(place.start) else { return false }
        // "from the capital Ouagadougou to the southwestern city of Bobo-Dioulasso": the phrase is a far end too.
        let lead = report.previousWords(before: nounStart, count: 3)
        guard let article = lead.firstIndex(where: { ["the", "a", "an"].contains($0) }), article + 1 < lead.count else { return true }
        return !["from", "to", "of", "towards", "toward"].contains(lead[article + 1])
    }

    /// The place a sentence refers back to when it opens with "It", "The city", "The island" and the
    /// like: the last place of that sort named before the sentence.
    /// Only the last `referenceWindow` places are looked at: a referent is recent, and a look back
    /// over every earlier place made each "The Union met …" sentence cost the whole report (40 s for
    /// 1 MB).
    private func referredBack(by sentence: Range<Int>) -> PlaceMention? {
        let opening = report.clauseWords(after: sentence.lowerBound, count: 2, acrossClauses: true).map { $0.word.lowercased() }
        let earlier = places(endingBy: sentence.lowerBound).suffix(Self.referenceWindow)
        if opening.first == "it" { return earlier.last }
        guard opening.first == "the", let noun = opening.last else { return nil }
        switch noun {
        // A region named after its main city is no town ("Borova in Ukraine's Kharkiv Oblast. The village …").
        case "city", "town", "village": return earlier.last { $0.kind == .city && $0.place.kind == .populatedPlace }
        // A facility the report named no site for is at the town it named last ("The site, which belongs to
        // the Defence Ministry, is about 380 km west of Moscow" after "the arsenal at Toropets").
        case "base", "plant", "site", "airport", "facility":
            return earlier.last { $0.place.kind == .site } ?? earlier.last { $0.kind == .city && $0.place.kind == .populatedPlace }
        case "port", "island", "bridge": return earlier.last { $0.place.kind == .site }
        case "capital": return lastCapital(before: sentence.lowerBound)
        // "The cantonment lies …" after "Bannu Cantonment", "The shoal lies …" after "Second Thomas Shoal".
        default: return earlier.last { $0.text.lowercased().hasSuffix(" " + noun) || report.nextWord(after: $0.end) == noun }
        }
    }

    /// How many of the latest places a sentence opening "It" or "The city" may refer back to.
    static let referenceWindow = 64

    /// The last capital the report named before `offset`: what "the capital" refers back to.
    private func lastCapital(before offset: Int) -> PlaceMention? {
        capitals.last(before: offset + 1, key: \.end)
    }

    /// The place right after a stated distance: "… 315 km south of Tehran" (with `offset`, also "to
    /// the northeast of Odesa"), "… 80 km from Kharkiv" or "outside Kharkiv"; "from the launch area" is where the report
    /// said the launch came from.
    private func placeRightAfter(_ offset: Int, in places: [PlaceMention], offset isOffset: Bool) -> PlaceMention? {
        var following = report.clauseWords(after: offset, count: 4)
        if following.count >= 2, following[0].word == "to", following[1].word == "the" { following.removeFirst(2) }
        let words = following.map { $0.word.lowercased() }
        let anchor: Int
        if isOffset || (words.count >= 2 && lexicon.directions.contains(words[0]) && words[1] == "of") {
            guard words.count >= 2, words[1] == "of" else { return nil }
            anchor = following[1].range.upperBound
        } else {
            // "15 kilometres outside the city of Sulaymaniyah" measures from the city as "from" does.
            guard words.first == "from" || words.first == "outside" else { return nil }
            anchor = following[0].range.upperBound
            if words.count >= 4, words[1] == "the", words[2] == "launch", ["area", "site", "point", "pad"].contains(words[3]) {
                return launchPlace(before: offset)
            }
        }
        // "south of the capital": the capital the report last named.
        let nextItems = report.clauseWords(after: anchor, count: 4)
        let next = nextItems.map { $0.word.lowercased() }
        if next.count >= 2, next[0] == "the", let capital = next.indices.dropFirst().prefix(2).first(where: { next[$0] == "capital" }),
            next.dropFirst(capital + 1).first != "of"
        {
            // "northeast of the capital, Port-au-Prince", "from the state capital, Akure", "from the
            // capital Caracas": the capital the apposition names.
            let capitalWord = nextItems[capital].range.upperBound
            let separator = report.substring(capitalWord..<min(capitalWord + 2, report.scalars.count))
            if separator == ", " || separator.hasPrefix(" "),
                let named = places.first(where: { $0.start == capitalWord + (separator == ", " ? 2 : 1) })
            {
                return named
            }
            // A bare "the capital" is the country's; "the state capital" names no capital the report has.
            if capital == 1 { return lastCapital(before: offset) }
        }
        // Past words that only describe it: "from the Chinese city of Xiamen", "of the port of Izmail",
        // "from the launch sites in Khuzestan".
        var start = anchor
        // "east of the mining town of Zouerate", "from the remote desert village of X": adjectives before a
        // word for a kind of place and "of" describe it too.
        let described = report.clauseWords(after: anchor, count: 6)
        if let of = described.firstIndex(where: { $0.word == "of" }), of >= 2, ["the", "a", "an"].contains(described[0].word.lowercased()),
            lexicon.placeNouns.contains(described[of - 1].word) || lexicon.describingWords.contains(described[of - 1].word),
            described[1..<of].allSatisfy({ $0.word.allSatisfy(\.isLowercase) })
        {
            start = described[of].range.upperBound
        }
        for item in report.clauseWords(after: start, count: 5) {
            if places.contains(where: { $0.start == item.range.lowerBound }) { break }
            let word = item.word.lowercased()
            guard lexicon.describingWords.contains(word) || (item.word.first?.isUppercase == true && word != item.word) else { break }
            start = item.range.upperBound
        }
        return places.first { $0.start > anchor && $0.start <= start + 5 }
    }

    /// "100 miles south of the Arizona border": the far end is a boundary a name qualifies, which is
    /// no place (a country's border is read as an area before the places are).
    private func runsToANamedBoundary(after offset: Int) -> Bool {
        let words = report.clauseWords(after: offset, count: 6)
        guard let index = words.firstIndex(where: { lexicon.boundaryNouns.contains($0.word.lowercased()) }), index > 0 else { return false }
        return words[index - 1].word.first?.isUppercase == true
    }

    /// The far end a distance names by a noun for a town the report named before: "from the village",
    /// "north of the city", "from the coastal city" (at most two words before the noun, none after it:
    /// "of the city of Izium" names its own).
    private func referredFar(after range: Range<Int>, near: PlaceMention?) -> PlaceMention? {
        // The referent first (a binary search): most distances have none, and reading the words costs more.
        guard
            let town = places(endingBy: range.lowerBound).suffix(Self.referenceWindow).last(where: { place in
                place.kind == .city && place.place.kind == .populatedPlace && place.place != near?.place
            })
        else { return nil }
        let words = report.clauseWords(after: range.upperBound, count: 7).map { $0.word }
        guard let anchor = words.prefix(4).firstIndex(where: { ["from", "of"].contains($0) }),
            anchor + 2 < words.count, words[anchor + 1] == "the"
        else { return nil }
        let phrase = words[(anchor + 2)...].prefix(3)
        guard let nounIndex = phrase.firstIndex(where: { lexicon.settlementNouns.contains($0) }),
            phrase[phrase.startIndex..<nounIndex].allSatisfy({ $0.allSatisfy(\.isLowercase) }),
            words.dropFirst(nounIndex + 1).first != "of"
        else { return nil }
        return town
    }

    /// The town "the city", "the mountainous city" or "the village" refers back to, when it comes right
    /// before a comma and the distance at `offset` in the same sentence.
    private func referredTown(before offset: Int, in sentence: Range<Int>) -> PlaceMention? {
        guard
            let town = places(endingBy: sentence.lowerBound).suffix(Self.referenceWindow).last(where: { place in
                place.kind == .city && place.place.kind == .populatedPlace
            })
        else { return nil }
        // Only the words right before the number: reading from the sentence's start made a sentence of
        // many distances quadratic.
        let before = report.substring(max(sentence.lowerBound, offset - Self.referringReach)..<offset).lowercased()
        guard let comma = before.lastIndex(of: ",") else { return nil }
        var words = before[..<comma].split(separator: " ").suffix(7).map(String.init)
        // "the city of 100,000 people, 30 kilometres south of Managua": its size follows the noun.
        if words.count >= 3, lexicon.populationNouns.contains(words[words.count - 1]), words[words.count - 3] == "of",
            words[words.count - 2].first?.isNumber == true
        {
            words.removeLast(3)
        }
        words = Array(words.suffix(4))
        guard let noun = words.last, lexicon.settlementNouns.contains(noun), let article = words.lastIndex(of: "the"),
            words.count - article <= 4
        else { return nil }
        return town
    }

    /// How far before a distance (code points) "the city, " may stand to be its near end.
    static let referringReach = 80

    /// The place right after "to" (or "to the") that follows a far end after "from": "from Nukus to
    /// Urgench".
    private func destination(after origin: PlaceMention, in places: [PlaceMention]) -> PlaceMention? {
        guard report.previousWord(before: origin.start, skippingArticles: true) == "from" else { return nil }
        for gap in [" to ", " to the "] where report.substring(origin.end..<min(origin.end + gap.count, report.scalars.count)) == gap {
            return places.first { $0.start == origin.end + gap.count }
        }
        return nil
    }

    /// Where the report said a launch came from: the last place after "from" in a sentence that
    /// launches or fires, before `offset`.
    private func launchPlace(before offset: Int) -> PlaceMention? {
        launchOrigins.last(before: offset + 1, key: \.end)
    }

    /// Whether the distance names no second place: "some 40 km away", "about 45 km to the west",
    /// "120 km to the northeast" (no "of" after the direction).
    private func isUnanchored(after offset: Int) -> Bool {
        var words = report.nextWords(after: offset, count: 4)
        if words.first == "away" { return true }
        if words.count >= 2, words[0] == "to", words[1] == "the" { words.removeFirst(2) }
        guard let first = words.first, lexicon.directions.contains(first) else { return false }
        return words.dropFirst().first != "of"
    }

    /// The place a distance is set beside with a comma: "Pokrovsk, a logistics hub some 40 km away",
    /// "from Crimea, some three hundred kilometres away", "Zaporizhzhia city, about 120 km to the
    /// northeast". At most one lower-case word before the comma and five after it.
    private func apposed(before offset: Int, in places: [PlaceMention]) -> PlaceMention? {
        guard let place = places.last(where: { $0.end <= offset }) else { return nil }
        let between = report.substring(place.end..<offset)
        let parts = between.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let before = parts[0].split(separator: " "), after = parts[1].split(separator: " ")
        let lowerCase = { (word: Substring) in word.allSatisfy { $0.isLowercase } }
        guard before.count <= 1, after.count <= 5, before.allSatisfy(lowerCase), after.allSatisfy(lowerCase) else { return nil }
        return place
    }

    /// Whether a comma and at most five lower-case words come right before `offset`: the distance
    /// describes whatever stands before the comma.
    private func isApposition(before offset: Int, in sentence: Range<Int>) -> Bool {
        let before = report.substring(sentence.lowerBound..<offset)
        guard let comma = before.lastIndex(of: ",") else { return false }
        let words = before[before.index(after: comma)...].split(separator: " ")
        return words.count <= 5 && words.allSatisfy { $0.allSatisfy(\.isLowercase) }
    }

    /// The place the report was about before `offset`: in the nearest earlier sentence with a place,
    /// the place it refers back to ("The island lies …"), else the place that opens it, else its first.
    private func topic(before offset: Int) -> PlaceMention? {
        let sentences = report.sentences
        var low = 0, high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? topics[low - 1] : nil
    }

    /// "from X to Y", "between X and Y": the places after those words; otherwise the first two.
    private func pair(_ places: [PlaceMention]) -> (PlaceMention?, PlaceMention?) {
        let origin = places.first { ["from", "between"].contains(report.previousWord(before: $0.start)) }
        let destination = places.first {
            $0.start > (origin?.start ?? -1) && ["to", "and"].contains(report.previousWord(before: $0.start))
        }
        if let origin, let destination { return (origin, destination) }
        // A sentence's first two places are weak evidence: a name the gazetteer lacks is no end by it.
        let distinct = places.reduce(into: [PlaceMention]()) { list, place in
            if place.kind != .unlisted, !list.contains(where: { $0.place == place.place }) { list.append(place) }
        }
        return distinct.count >= 2 ? (distinct[0], distinct[1]) : (nil, nil)
    }
}
