import Gazetteer
import Geodesy

/// The place rules, in the order they are asked. Each reads a `PlaceCandidate` and passes, notes
/// what it added, rejects with a reason, or decides (a place, an actor). The first decision ends
/// the candidate; `extract --explain` prints every rule that did more than pass.
///
/// Cheap rejections come first (most capitalised words name nothing), the gazetteer's answer in the
/// middle, evidence after it, and the gates that need the evidence last.
extension PlaceExtractor {
    static let rules: [PlaceRule] = [
        // "Yemen's capital", "the Ukrainian capital": the capital, named by its country (read on the
        // whole run, before stop words are dropped: "Ukrainian" is one).
        PlaceRule(name: "capital-phrase") { extractor, candidate in
            extractor.capitalPhrase(candidate).map { .place($0) } ?? .pass
        },
        PlaceRule(name: "function-words-only") { _, candidate in
            candidate.words.isEmpty ? .reject("only function words") : .pass
        },
        PlaceRule(name: "not-a-place-list") { extractor, candidate in
            let bare = candidate.words.map(PlaceCandidate.withoutPossessive)
            let parts = bare.flatMap { $0.split(separator: "-").map { NameFolding.fold(String($0)) } }
            let listed =
                parts.contains { extractor.lexicon.notPlaces.contains($0) }
                || extractor.lexicon.notPlaces.contains(NameFolding.fold(bare.joined(separator: " ")))
            return listed ? .reject("in the lexicon's [not-places] (organisations, weapons, exercises, world regions)") : .pass
        },
        // "Korea Aerospace University", "Kyiv Independent", "Israel Defense Forces": a head noun at or
        // after the span (not the run's first word) makes the name an organisation's, up to the head.
        // Also a name joined by "and" to the next one that ends in a head ("the Argyll and Sutherland
        // Highlanders": Argyll is as much the regiment's as Sutherland).
        PlaceRule(name: "organisation-name") { extractor, candidate in
            let heads = extractor.lexicon.organisationHeads
            if let head = candidate.headNoun(in: heads) { return .reject("part of an organisation's name (head noun '\(head)')") }
            // "the Abu Sayyaf, a militant group known for kidnappings": the apposition says what the name is.
            if let noun = extractor.groupApposition(after: candidate.wholeRun.range.upperBound, in: candidate.report) {
                return .reject("an organisation: '\(noun)' in the apposition after it")
            }
            let next = candidate.report.clauseWords(after: candidate.wholeRun.range.upperBound, count: 5).map(\.word)
            guard next.first == "and", candidate.partIndex + candidate.run.words.count == candidate.wholeRun.words.count else {
                return .pass
            }
            let joined = next.dropFirst().prefix { $0.first?.isUppercase == true }
            guard let head = joined.dropFirst().first(where: { heads.contains(PlaceCandidate.withoutPossessive($0).lowercased()) }) else {
                return .pass
            }
            return .reject("part of an organisation's name (head noun '\(head)', after 'and')")
        },
        // "told the Batam Pos that", "told the Kyiv Independent": whom a speaker told is a medium, a body or
        // a person, never a place, whatever the name's words; so is whom one spoke or appealed to.
        PlaceRule(name: "addressee") { extractor, candidate in
            let before = candidate.report.previousWords(before: candidate.wholeRun.range.lowerBound, count: 2)
            // "had spoken to Reagan", "appealed to Moscow": whom one speaks to is a person, a body or a
            // government, never where something happens.
            if before.first == "to", let verb = before.last, extractor.lexicon.addressingVerbs.contains(verb) {
                return .reject("whom one addresses ('\(verb) to \(candidate.wholeRun.words.joined(separator: " "))')")
            }
            // Not "told the Beirut-based al-Masirah TV": the medium's base is a place.
            guard before == ["the", "told"], !candidate.namesABase else { return .pass }
            return .reject("whom a speaker told ('told the \(candidate.wholeRun.words.joined(separator: " "))')")
        },
        // "the International Committee of the Red Cross", "the National Council for the Safeguard of the
        // Homeland": capitalised words joined by "of", "for" and "the" to an organisation's head noun
        // before them are the rest of its name.
        PlaceRule(name: "organisation-of") { extractor, candidate in
            extractor.organisationHead(before: candidate.start, in: candidate.report).map {
                .reject("part of an organisation's name (after '\($0)')")
            } ?? .pass
        },
        // "Gaza Street", "Jerusalem Boulevard", "Umayyad Square": a street named after a place; in Spanish,
        // French or Portuguese order the street's word leads ("Avenida Bolivar", "Calle Tellez").
        PlaceRule(name: "street-name") { extractor, candidate in
            let streetWords = extractor.lexicon.streetWords
            if candidate.partIndex > 0, streetWords.contains(candidate.wholeRun.words[candidate.partIndex - 1].lowercased()) {
                return .reject("a street's or square's name ('\(candidate.wholeRun.words[candidate.partIndex - 1])')")
            }
            // "Madrid's Republica Dominicana Square": a possessive ends the span before the street's own name,
            // and places it.
            if candidate.isPossessive { return .pass }
            return candidate.headNoun(in: streetWords).map { .reject("a street's or square's name ('\($0)')") } ?? .pass
        },
        // "the Fano militia", "the Gran Grif gang": a name right before an armed group's noun is the group.
        PlaceRule(name: "armed-group") { extractor, candidate in
            extractor.lexicon.armedGroupWords.contains(candidate.next)
                ? .reject("an armed group's name (before '\(candidate.next)')") : .pass
        },
        // "the Makkah company": a company named after its home or its route.
        PlaceRule(name: "company-name") { extractor, candidate in
            let lowerCase = candidate.report.startsLowerCaseWord(after: candidate.wholeRun.range.upperBound)
            return extractor.lexicon.companyNouns.contains(candidate.next) && lowerCase
                ? .reject("a company's name (before '\(candidate.next)')") : .pass
        },
        // "the Fars news agency", "the Kommersant daily": a medium named after a place or a region; so is
        // the name after such a noun ("the newspaper Reforma", "the news agency Yonhap").
        PlaceRule(name: "media-name") { extractor, candidate in
            let media = extractor.lexicon.mediaWords
            if candidate.partIndex == 0, media.contains(candidate.wordBefore) {
                // Nearest first: the medium's noun, then its article ("the newspaper", "news agency").
                let before = candidate.report.previousWords(before: candidate.wholeRun.range.lowerBound, count: 2)
                if before.count == 2, ["the", "a", "an", "news"].contains(before[1]) {
                    return .reject("a news medium's name (after '\(candidate.wordBefore)')")
                }
            }
            // Every candidate asks: the word after (already read for other rules) settles most at once.
            guard media.contains(candidate.next) || candidate.next == "news" else { return .pass }
            // Within the clause: "in Kharkiv, daily shelling" names no daily.
            let after = candidate.report.nextWords(after: candidate.run.range.upperBound, count: 2)
            guard let first = after.first, media.contains(first) || (first == "news" && after.count == 2 && media.contains(after[1]))
            else { return .pass }
            return .reject("a news medium's name (before '\(after.joined(separator: " "))')")
        },
        // "the Mindanao Week of Peace", "the Minsk agreements" in a name: an event named after a place.
        PlaceRule(name: "event-name") { extractor, candidate in
            candidate.headNoun(in: extractor.lexicon.eventHeads).map { .reject("part of an event's name (head noun '\($0)')") } ?? .pass
        },
        // "Deir" of "Deir al-Zahrani", "Mocimboa" of "Mocimboa da Praia": a span that the run goes on
        // from with a joining word is the start of a longer name, which was tried first and is no place
        // the gazetteer knows; the span alone is another place of that name, or none.
        PlaceRule(name: "name-fragment") { _, candidate in
            let words = candidate.wholeRun.words
            let after = candidate.partIndex + candidate.run.words.count
            // A joining word needs a word after it ("da Praia"); an article carries its word ("al-Zahrani").
            guard after < words.count, ReportText.isConnector(words[after]),
                !ReportText.joiningWords.contains(words[after]) || after + 1 < words.count
            else { return .pass }
            return .reject("the start of the longer name '\(words[candidate.partIndex...].joined(separator: " "))'")
        },
        // "Hwasong-17", "Tu-95": a name, a hyphen and a model number.
        PlaceRule(name: "designation") { _, candidate in
            candidate.report.isDesignation(after: candidate.end) ? .reject("a model designation") : .pass
        },
        PlaceRule(name: "one-letter") { _, candidate in
            NameFolding.fold(candidate.bare).count > 1 ? .pass : .reject("one letter (the J of J-11)")
        },
        // One remembered lookup settles most candidates before any context is read, unless a site's
        // name may go on in lower case ("Engels air base"), follow "port of", or end with a region word.
        PlaceRule(name: "names-nothing") { extractor, candidate in
            let report = candidate.report
            let mayGoOn =
                report.startsLowerCaseWord(after: candidate.end) || candidate.wordBefore == "of"
                || (candidate.words.count > 1
                    && candidate.words.last.map { extractor.lexicon.regionWords.contains($0.lowercased()) } == true)
            if mayGoOn { return .pass }
            let found = extractor.lookup(candidate.bare, GeocodeOptions(limit: 1, allowsSpellingMatches: false))
            return found.isEmpty ? .reject("no gazetteer entry has this name") : .pass
        },
        // "a new drone, the Jaffa", "a missile dubbed Palestine-2".
        PlaceRule(name: "weapon-name") { extractor, candidate in
            extractor.isWeaponName(at: candidate.start, in: candidate.report) ? .reject("a weapon's name") : .pass
        },
        // "USS Florida", "the cruiser Moskva", "the Shandong aircraft carrier".
        PlaceRule(name: "vessel") { extractor, candidate in
            let isVessel =
                VesselNames.isShipWord(candidate.wordBefore, lexicon: extractor.lexicon)
                || candidate.wordsAfter.first.map(extractor.lexicon.vesselWords.contains) == true
                || candidate.wordsAfter == ["aircraft", "carrier"]
            return isVessel ? .reject("a ship's name") : .pass
        },
        // The later names of a list of ships ("the cutters BRP Cabra, Sindangan and Melchora Aquino"),
        // and a ship's name when the report comes back to it bare ("the Carney shot down a drone"),
        // unless a locative puts a town there ("in Sindangan").
        PlaceRule(name: "ship-named-before") { extractor, candidate in
            let vessels = extractor.vessels
            if let reason = vessels.reason(at: candidate.start) { return .reject("a ship's name, \(reason)") }
            // The dateline is where the report was filed, whatever ship shares its name ("DUBAI" and the Hyundai Dubai).
            if candidate.isDateline { return .pass }
            let whole = candidate.wholeRun.words.drop { extractor.isStopWord($0) || VesselNames.isPrefix($0, lexicon: extractor.lexicon) }
            let names = [candidate.bare, whole.map(PlaceCandidate.withoutPossessive).joined(separator: " ")]
            guard names.contains(where: { vessels.names.contains(NameFolding.fold($0)) }),
                !extractor.lexicon.locatives.contains(candidate.wordBefore)
            else { return .pass }
            return .reject("a ship the report names ('\(whole.joined(separator: " "))')")
        },
        // "Mount Meron", "Lake Chad": a feature the gazetteer lacks, not the town of its name.
        PlaceRule(name: "mountain-or-lake") { extractor, candidate in
            let report = candidate.report
            guard extractor.lexicon.landformWords.contains(candidate.wordBefore),
                Scalars.isUpper(report.scalars[report.startOfWord(before: candidate.start)])
            else { return .pass }
            return .reject("a mountain's or lake's name")
        },
        // KCNA, JCS: short all-capital words, unless they open the report as its dateline or the
        // whole sentence is in capitals (then capitals say nothing: "STRIKES HIT KYIV").
        PlaceRule(name: "acronym") { _, candidate in
            let isAcronym =
                !candidate.isDateline && candidate.words.count == 1 && candidate.bare.count <= 6
                && candidate.bare.unicodeScalars.allSatisfy { !Scalars.isLower($0) } && !candidate.inCapitals
            return isAcronym ? .reject("a short all-capital word: an acronym") : .pass
        },
        // A title before the name, a person introduced by name ("a man named Rawad"), or a speech verb
        // after a two-word name ("Ivan Petrov said").
        PlaceRule(name: "person") { extractor, candidate in
            if extractor.lexicon.personTitles.contains(candidate.previous) {
                return .reject("a person: the title '\(candidate.previous)' before it")
            }
            // A title with its portfolio or seat ("Minister of Health Saman Barzinji", "Governor of Kharkiv
            // Oleh Syniehubov"): "of" and one capitalised word between the title and the name.
            let run = candidate.wholeRun.words, index = candidate.partIndex
            if index >= 3, run[index - 2] == "of", extractor.lexicon.personTitles.contains(run[index - 3].lowercased()) {
                return .reject("a person: the title '\(run[(index - 3)..<index].joined(separator: " "))' before it")
            }
            if ["named", "called"].contains(candidate.previous) {
                let before = candidate.report.previousWords(before: candidate.start, count: 2)
                if before.count == 2, extractor.lexicon.personNouns.contains(before[1]) {
                    return .reject("a person introduced by name ('\(before[1]) \(before[0])')")
                }
            }
            // An age right after the name, between commas ("and Pereira, 41, a veteran of …"): a person,
            // unless a locative places the name (a toll by town: "in Sumy, 12, and …").
            if !candidate.afterLocative || candidate.previous == "and", Self.ageFollows(candidate.end, in: candidate.report) {
                return .reject("a person: an age after the name")
            }
            if candidate.words.count >= 2, extractor.lexicon.speechVerbs.contains(candidate.next),
                !extractor.speakerFollowsVerb(after: candidate.end, in: candidate.report),
                !extractor.lexicon.placeOnlyLocatives.contains(candidate.previous)
            {
                return .reject("a person: a two-word name before '\(candidate.next)'")
            }
            return .pass
        },
        // "Gen. A. Burhan", "A.M. Kamal", "Lt. Gen. Roy Galido", "Bishop Edwin dela Peña".
        PlaceRule(name: "initial-or-title") { extractor, candidate in
            extractor.personMarker(candidate).map { .reject("a person: \($0)") } ?? .pass
        },
        PlaceRule(name: "country") { extractor, candidate in extractor.countryRule(candidate) },
        PlaceRule(name: "region-phrase") { extractor, candidate in
            let regionWords = extractor.lexicon.regionWords
            candidate.regionWordInside =
                candidate.words.count > 1 && candidate.words.last.map { regionWords.contains($0.lowercased()) } == true
            // "the province of Quneitra", "the state of Florida": a region word and "of" before the name ("state"
            // only in lower case: "the Islamic State of Iraq" names a group).
            let report = candidate.report
            let regionOf =
                candidate.words.count == 1 && candidate.wordBefore == "of"
                && (report.previousWords(before: candidate.start, count: 2).last.map(regionWords.contains) == true
                    || report.substring(max(0, candidate.start - 9)..<candidate.start) == "state of ")
            candidate.isRegion =
                candidate.regionWordInside || regionWords.contains(candidate.next) || candidate.beforeLowerCaseState || regionOf
            // A region whose own name holds its region word ("Mountain Province", the Philippines') keeps it
            // when its name without the word names no region ("Mountain" alone is a village in Alaska; "Kharkiv
            // Oblast" stays the Kharkiv region, whose main city stands for it).
            let exact = GeocodeOptions(limit: 1, allowsSpellingMatches: false)
            let isRegion = { (name: String) in
                extractor.lookup(name, exact).first.map { $0.place.kind == .region && $0.kind == .primaryName } == true
            }
            let stripped = candidate.words.dropLast().joined(separator: " ")
            let ownName = candidate.regionWordInside && isRegion(candidate.bare) && !isRegion(stripped + " region")
            candidate.name = candidate.regionWordInside && !ownName ? stripped : candidate.bare
            return candidate.isRegion ? .note("a region word: '\(candidate.name)' is a region") : .pass
        },
        // A site's or sea's full name, as the report goes on with it ("Engels air base", "port of Pivdennyi").
        PlaceRule(name: "named-feature") { extractor, candidate in
            guard !candidate.isRegion,
                let feature = extractor.namedFeature(
                    candidate.name, start: candidate.start, end: candidate.end, in: candidate.report, countries: candidate.countries,
                    afterLocative: candidate.afterLocative)
            else { return .pass }
            // "six other Caribbean countries", "Russia's Black Sea Fleet": a sea's name describing the noun
            // after it is no place of its own.
            if feature.place.kind == .sea, let next = candidate.report.nextWords(after: feature.end, count: 1).first,
                extractor.lexicon.seaModifiedNouns.contains(next)
            {
                return .reject("a sea's name describing the '\(next)' after it")
            }
            return .place(feature)
        },
        // "the Kakhovka reservoir", "the Dnipro river", "Johnson South Reef": a natural feature the
        // gazetteer lacks, not the town (a compass word may come between).
        PlaceRule(name: "natural-feature") { extractor, candidate in
            guard !candidate.isRegion else { return .pass }
            let after = candidate.wordsAfter
            let compass = after.first.map { extractor.lexicon.compassWords.contains($0.capitalized) } == true
            let feature = compass ? after.dropFirst().first : after.first
            guard let feature, extractor.lexicon.naturalFeatureWords.contains(feature) else { return .pass }
            return .reject("names a '\(feature)', not the town of its name")
        },
        // "ERBIL (Kurdistan 24) –": the agency in the dateline's brackets.
        PlaceRule(name: "dateline-agency") { _, candidate in
            candidate.report.isInDatelineAgency(candidate.start) ? .reject("the agency named in the dateline's brackets") : .pass
        },
        // "AIN AMENAS, Algeria —": a dateline's places are parted by commas or slashes, so a word of a
        // longer dateline name the gazetteer lacks names nothing ("AIN" → Ain, France; "AMENAS" →
        // Ammenäs, Sweden).
        PlaceRule(name: "dateline-part") { _, candidate in
            guard candidate.isDateline, candidate.run.words.count < candidate.wholeRun.words.count else { return .pass }
            return .reject("part of the dateline's name '\(candidate.wholeRun.words.joined(separator: " "))', which the gazetteer lacks")
        },
        PlaceRule(name: "resolve") { extractor, candidate in
            guard !candidate.name.isEmpty,
                let match = candidate.pointCountry
                    ?? extractor.bestMatch(
                        candidate.name, countries: candidate.countries, region: candidate.isRegion, anchors: candidate.anchors)
            else { return .reject("no exact, alternate or transliterated name matches") }
            candidate.match = match
            return .note("\(match.place.name) (\(match.place.countryCode)), \(match.kind.reportName) name")
        },
        // "surrender in Trinidad" in a report that names Trinidad and Tobago: the first part of a country's
        // name joined by "and" is that country's short name, not a namesake elsewhere (Trinidad, CO).
        PlaceRule(name: "country-short-name") { extractor, candidate in
            guard let match = candidate.match, let code = extractor.gazetteer.countries.code(forShortName: candidate.bare),
                candidate.named.contains(code), match.place.countryCode != code
            else { return .pass }
            return .reject("the short name of \(extractor.gazetteer.countries.name(forCode: code) ?? code), which the report names")
        },
        // "Iraq's Kurdistan Region", "Pakistan's Punjab", "Iranian Kurdistan": a country's possessive or
        // adjective right before a name says which country the place lies in. A match elsewhere gives way
        // to the namesake there, or is no place of the report when there is none (Iran's Kordestan for
        // Iraq's Kurdistan Region, which the gazetteer lacks).
        // A unit with no ISO code of its own (Kashmir, Somaliland) is left to the other rules: "India's
        // Kashmir" names the disputed region itself.
        PlaceRule(name: "owner-country") { extractor, candidate in
            guard let match = candidate.match, match.place.kind != .sea, !match.place.countryCode.isEmpty else { return .pass }
            guard let owner = extractor.ownerCountry(of: candidate) else {
                // Another mention was placed by its country's possessive: one name, one place ("in the
                // Kurdistan region" after "Iraq's semi-autonomous Kurdistan region"; "to Rasht" after
                // "Tajikistan's Rasht district").
                if let elsewhere = extractor.ownerElsewhere(of: candidate.name), elsewhere != match.place.countryCode,
                    let namesake = extractor.lookup(
                        candidate.name, GeocodeOptions(country: elsewhere, limit: 1, allowsSpellingMatches: false)
                    )
                    .first, namesake.place.countryCode == elsewhere
                {
                    candidate.match = namesake
                    return .note("\(namesake.place.name) (\(elsewhere)), where the report places this name elsewhere")
                }
                guard extractor.isDisowned(candidate.name, matchedIn: match.place.countryCode) else { return .pass }
                return .reject("\(match.place.name) lies in \(match.place.countryCode), not where the report places this name elsewhere")
            }
            guard owner != match.place.countryCode else { return .pass }
            let options = GeocodeOptions(country: owner, limit: 1, allowsSpellingMatches: false)
            if let namesake = extractor.lookup(candidate.name, options).first, namesake.place.countryCode == owner {
                candidate.match = namesake
                extractor.own(candidate.name, in: owner)
                return .note("\(namesake.place.name) (\(owner)), the namesake in the country named before it")
            }
            extractor.disown(candidate.name, matchedIn: match.place.countryCode)
            return .reject("\(match.place.name) lies in \(match.place.countryCode), not in \(owner), the country named before it")
        },
        // "Khyber" of "Khyber Pakhtunkhwa", "Khor" of "Khor Mor", "Amarnath" of "Amarnath Cave": the
        // first word of a longer name the gazetteer lacks, matched only by another place's alternate
        // or transliterated name, is no place (a place's own name stays one: "Kharkiv Governor …").
        PlaceRule(name: "name-start") { extractor, candidate in
            guard let match = candidate.match, [.alternateName, .distantAlternate, .transliteration].contains(match.kind),
                let next = extractor.nameGoesOn(after: candidate)
            else { return .pass }
            return .reject("the start of the longer name '\(candidate.bare) \(next)', which the gazetteer lacks")
        },
        // "Aung San" and "Kyi" of "Aung San Suu Kyi", "Kyaw" of "Kyaw Myint Tun": a place's name that is
        // only part of a run of three or more name words (after any title; no feature, region or function word),
        // another of which names nothing the gazetteer knows (by more than a transliteration), is part of a person's or organisation's
        // name the gazetteer lacks, whatever the given-name list knows.
        // A possessive ends a name: "Khyber Pakhtunkhwa's Bajaur district" is two names, so only the words
        // of the span's own name count.
        PlaceRule(name: "part-of-unknown-name") { extractor, candidate in
            // With the words of a run the word limit cut before it ("… Vladimir Padrino | López").
            let cut = candidate.report.capitalisedWords(before: candidate.wholeRun.range.lowerBound, count: 3)
            let words = cut + candidate.wholeRun.words
            let own = (cut.count + candidate.partIndex)..<(cut.count + candidate.partIndex + candidate.run.words.count)
            // A title before the name is none of it: "Defence Minister Vladimir Padrino López" is the name
            // "Vladimir Padrino López", "Col B Santosh Babu" is "B Santosh Babu".
            let titled = words[..<own.lowerBound].lastIndex { extractor.lexicon.personTitles.contains($0.lowercased()) }
            let opening = max(
                words[..<own.lowerBound].lastIndex(where: PlaceCandidate.isPossessive).map { $0 + 1 } ?? 0, titled.map { $0 + 1 } ?? 0)
            let closing = words[own].firstIndex(where: PlaceCandidate.isPossessive).map { $0 + 1 } ?? words.count
            let whole = words[opening..<closing].map(PlaceCandidate.withoutPossessive)
            guard candidate.match != nil, whole.count >= 3, candidate.run.words.count < whole.count, !candidate.inCapitals,
                !candidate.isDateline,
                whole.allSatisfy({ extractor.personalWord($0) && !extractor.lexicon.personTitles.contains($0.lowercased()) })
            else { return .pass }
            let span = (own.lowerBound - opening)..<(own.upperBound - opening)
            guard
                let unknown = whole.indices.first(where: { index in
                    !span.contains(index)
                        && !extractor.lookup(whole[index], GeocodeOptions(limit: 3, allowsSpellingMatches: false)).contains {
                            [.primaryName, .alternateName, .distantAlternate].contains($0.kind)
                        }
                })
            else { return .pass }
            return .reject("part of the longer name '\(whole.joined(separator: " "))', whose '\(whole[unknown])' names no place")
        },
        // "Vladimir Rogov", "Oleh Syniehubov", "Kamal Adwan": a given name right before another word of
        // a person's name is no town, unless a locative puts a sizeable city there ("in Paris Monday").
        PlaceRule(name: "given-name") { extractor, candidate in
            let run = candidate.wholeRun.words
            let index = candidate.partIndex
            // The next word of the run, or of the next run when the word limit cut the name there
            // ("Secretary of State Marco | Rubio").
            let following =
                index + 1 < run.count ? run[index + 1] : candidate.report.capitalisedWord(after: candidate.wholeRun.range.upperBound)
            guard candidate.words.count == 1, candidate.run.words.count == 1, let following,
                extractor.isGivenName(candidate.bare),
                extractor.personalWord(PlaceCandidate.withoutPossessive(following))
            else { return .pass }
            if candidate.afterLocative, let match = candidate.match, match.place.population >= PlaceExtractor.namedCityPopulation {
                return .pass
            }
            return .reject("a given name before '\(following)'")
        },
        // "Amami" and "Oshima" of "the island of Amami Oshima", "Baga Sola": two name words that each name
        // a place by its own name, side by side in one run with nothing between, are one name the gazetteer
        // lacks; reports do not write two places next to each other without a comma, "and" or a slash. A
        // word for a kind of place is no name word ("Bannu Cantonment").
        PlaceRule(name: "two-places-one-name") { extractor, candidate in
            let run = candidate.wholeRun.words
            guard candidate.match != nil, run.count == 2, candidate.run.words.count == 1, !candidate.inCapitals, !candidate.isDateline,
                run.allSatisfy({ extractor.personalWord($0) && !PlaceCandidate.isPossessive($0) })
            else { return .pass }
            let other = run[1 - candidate.partIndex]
            let countries = extractor.gazetteer.countries
            guard run.allSatisfy({ countries.code(for: $0) == nil && countries.code(forAdjective: $0) == nil }),
                extractor.lookup(other, GeocodeOptions(limit: 3, allowsSpellingMatches: false)).contains(where: {
                    $0.kind == .primaryName && !$0.isGuess
                })
            else { return .pass }
            return .reject("half of '\(run.joined(separator: " "))': two places side by side are one name the gazetteer lacks")
        },
        // "Neves" of "the former speaker of parliament, Delfim Neves": the second of two name words, the
        // first of which names nothing the gazetteer knows, is part of a name it lacks (a person's, mostly),
        // unless a locative places the pair ("in Wadi Neves" stays for the rules after).
        PlaceRule(name: "after-unknown-word") { extractor, candidate in
            let run = candidate.wholeRun.words
            guard candidate.match != nil, run.count == 2, candidate.partIndex == 1, candidate.run.words.count == 1,
                !candidate.inCapitals, !candidate.isDateline, extractor.personalWord(run[0]), !PlaceCandidate.isPossessive(run[0]),
                // A sentence's first word is capitalised whatever it is ("Its Amsterdam office").
                !candidate.report.opensSentence(candidate.wholeRun.range.lowerBound),
                !extractor.lexicon.locatives.contains(candidate.report.previousWord(before: candidate.wholeRun.range.lowerBound)),
                extractor.gazetteer.countries.code(for: run[0]) == nil, extractor.gazetteer.countries.code(forAdjective: run[0]) == nil,
                extractor.lookup(run[0], GeocodeOptions(limit: 1, allowsSpellingMatches: false)).isEmpty
            else { return .pass }
            return .reject("the second word of '\(run.joined(separator: " "))', whose '\(run[0])' names no place")
        },
        // The name that leads an organisation's name the report gives ("Xinhua" of "Xinhua News
        // Agency"), said again alone ("told Xinhua", "Xinhua quoted"), is the organisation. Never after a
        // locative, never a name the report places by one elsewhere ("a Jenin resident" after "in Jenin",
        // beside "the Jenin Brigade"), and never a city this populous, which names the organisation after
        // itself ("the Kyiv Independent", then "Kyiv was hit"). A region is its own name ("Kachin" beside
        // "the Kachin News Group").
        PlaceRule(name: "organisation-short-name") { extractor, candidate in
            guard let match = candidate.match, !candidate.afterLocative, !candidate.isDateline,
                match.place.kind == .populatedPlace, match.place.population < PlaceExtractor.namedCityPopulation,
                !extractor.isPlacedElsewhere(candidate.name), let organisation = extractor.organisationLed(by: candidate.name)
            else { return .pass }
            return .reject("the short name of \(organisation), named in the report")
        },
        // The surname of a person the report names ("Rogov" of "Vladimir Rogov"), there or repeated
        // later ("Nasrallah said").
        PlaceRule(name: "surname") { extractor, candidate in
            guard candidate.words.count == 1, let person = extractor.personNamed(by: candidate.bare) else { return .pass }
            if candidate.afterLocative, let match = candidate.match, match.place.population >= PlaceExtractor.namedCityPopulation {
                return .pass
            }
            return .reject("the surname of \(person), named in the report")
        },
        // A small place far from every anchor, in a country the report neither names nor anchors, is
        // no place of this report ("Murray" → Australia in a report on Guyana).
        PlaceRule(name: "far-outlier") { extractor, candidate in
            guard let anchors = candidate.anchors, let match = candidate.match, !candidate.isDateline,
                anchors.isFarOutlier(
                    match.place, start: candidate.start, isCapital: extractor.isCapital(match.place),
                    byOwnName: match.isSelfStanding(candidate.name)),
                let nearest = anchors.nearestMeters(to: match.place.coordinate, excluding: candidate.start)
            else { return .pass }
            return .reject(
                "\(match.place.name) (\(match.place.countryCode)) lies \(Int(nearest / 1000)) km from the report's nearest sure place, "
                    + "in a country it does not name")
        },
        // A name reached only through a spelling the gazetteer derives (a transliteration) in a country the
        // report neither names nor anchors is a local name spelt like a far place's ("Ajwara" → Évora in a
        // report on South Sudan, "Sool" → Seoul in one on Somalia), even where no sure place anchors the
        // report to measure how far it lies. The dateline is the report's own place.
        PlaceRule(name: "foreign-transliteration") { _, candidate in
            guard let match = candidate.match, match.kind == .transliteration, !candidate.isDateline else { return .pass }
            let code = match.place.countryCode
            guard !candidate.named.contains(code), candidate.anchors?.countries.contains(code) != true else { return .pass }
            return .reject("\(match.place.name) (\(code)) only by a derived transliteration, in a country the report does not name")
        },
        // "the town of La Libertad, in the jungle department of Peten": a town the report puts in a region
        // lies in it, so a namesake elsewhere gives way to the one there (Chiapas's La Libertad to Petén's).
        PlaceRule(name: "contained-in-region") { extractor, candidate in
            guard let match = candidate.match, match.place.kind == .populatedPlace, !candidate.isDateline,
                let region = extractor.containingRegion(after: candidate.end, in: candidate.report),
                !PlaceExtractor.lies(match.place, in: region),
                let inside = extractor.lookup(
                    candidate.name, GeocodeOptions(country: region.countryCode, limit: 10, allowsSpellingMatches: false)
                ).first(where: { town in
                    town.place.kind == .populatedPlace && [.primaryName, .alternateName].contains(town.kind)
                        && PlaceExtractor.lies(town.place, in: region)
                })
            else { return .pass }
            candidate.match = inside
            return .note("\(inside.place.name) (\(inside.place.countryCode)) in \(region.name), where the report puts it")
        },
        // "the Erawan Shrine" in a report on Bangkok, "the Argana cafe" in one on Marrakech: a building
        // named by a word that is also a village's name far from the report's places is named after
        // something else (a building named after its town stands in it: "the Manchester Arena").
        PlaceRule(name: "building-name") { extractor, candidate in
            // The building's word after the name ("the Argana cafe") or, in French, Spanish or Italian
            // order, before it ("the Lycee Descartes").
            let buildingWords = extractor.lexicon.buildingWords
            let word =
                buildingWords.contains(candidate.next)
                ? candidate.next : buildingWords.contains(candidate.previous) ? candidate.previous : nil
            guard let word, let match = candidate.match, !candidate.isDateline,
                match.place.kind == .populatedPlace, match.place.population < PlaceExtractor.regionTownPopulation,
                let nearest = candidate.anchors?.nearestMeters(to: match.place.coordinate, excluding: candidate.start),
                nearest > PlaceExtractor.containerReachMeters
            else { return .pass }
            let kilometres = Int(nearest / 1000)
            return .reject(
                "names a '\(word)'; the village \(match.place.name) lies \(kilometres) km from the report's sure places")
        },
        // "Katooke, in Nansana", "the Olympic Village in Munich": a place the report puts in a town lies
        // near it. A namesake far from that town is some other place ("Katooke" → Katoke, 215 km from
        // Nansana; Olympic Village, Canada): the one near the town when the gazetteer has it, else none.
        PlaceRule(name: "contained-elsewhere") { extractor, candidate in
            guard let match = candidate.match, match.place.kind == .populatedPlace || match.place.kind == .site, !candidate.isDateline,
                let container = extractor.containingTown(after: candidate.end, in: candidate.report, match: match.place),
                container.place.coordinate != match.place.coordinate
            else { return .pass }
            let apart = { (place: Place) in Geodesic.wgs84.inverse(from: place.coordinate, to: container.place.coordinate).distanceMeters }
            guard apart(match.place) > container.reachMeters else { return .pass }
            let options = GeocodeOptions(country: container.place.countryCode, limit: 10, allowsSpellingMatches: false)
            if let near = extractor.lookup(candidate.name, options).first(where: { rival in
                !rival.isGuess && rival.kind != .fuzzy && (rival.place.kind == .populatedPlace || rival.place.kind == .site)
                    && apart(rival.place) <= container.reachMeters
            }) {
                candidate.match = near
                return .note(
                    "\(near.place.name) (\(near.place.countryCode)), the namesake near \(container.name), where the report puts it")
            }
            return .reject(
                "\(match.place.name) lies \(Int(apart(match.place) / 1000)) km from \(container.name), which the report says it is in")
        },
        // A village reached only by one of its other names, in a country the report neither names nor
        // anchors while it does speak of others, is a local name spelt like a far village's ("the
        // al-Rawda mosque" in Sinai → Ravda, Bulgaria, whose Arabic name GeoNames lists).
        PlaceRule(name: "foreign-alternate") { _, candidate in
            guard let match = candidate.match, [.alternateName, .distantAlternate].contains(match.kind), !candidate.isDateline,
                match.place.kind == .populatedPlace, match.place.population < PlaceExtractor.regionTownPopulation
            else { return .pass }
            let code = match.place.countryCode
            let anchored = candidate.anchors?.countries ?? []
            guard !candidate.named.contains(code), !anchored.contains(code), !(candidate.named.isEmpty && anchored.isEmpty) else {
                return .pass
            }
            return .reject("\(match.place.name) (\(code)), a village, only by another of its names, in a country the report does not name")
        },
        // A town's name right before "said" is a person's surname ("Austin said"); a capital's is its
        // government. A comma between ends an apposition, whose head spoke ("Gandapur, the police chief
        // for Malakand, told Reuters").
        PlaceRule(name: "surname-before-speech-verb") { extractor, candidate in
            guard let match = candidate.match, candidate.words.count == 1, extractor.lexicon.speechVerbs.contains(candidate.next),
                candidate.end < candidate.report.scalars.count, candidate.report.scalars[candidate.end] == " ",
                !candidate.afterLocative, match.place.kind == .populatedPlace,
                !extractor.gazetteer.countries.isCapital(match.place.name, code: match.place.countryCode)
            else { return .pass }
            return .reject("a surname: a town's name alone before '\(candidate.next)'")
        },
        // An everyday word is a place only by a town's own name, letter for letter ("the Line of
        // Control" is neither Lin'e nor Líně).
        PlaceRule(name: "everyday-word") { extractor, candidate in
            guard let match = candidate.match, candidate.words.count == 1,
                extractor.lexicon.commonWords.contains(candidate.bare.lowercased())
            else { return .pass }
            // The everyday word that ends a longer name is that name's head ("Bridge" of "Westminster
            // Bridge"), even where a town is called so, unless a possessive ends the name before it.
            let run = candidate.wholeRun.words
            if candidate.partIndex > 0, candidate.partIndex == run.count - 1, !PlaceCandidate.isPossessive(run[candidate.partIndex - 1]) {
                return .reject("the everyday word ending the longer name '\(run.joined(separator: " "))'")
            }
            guard match.place.name.lowercased() != candidate.bare.lowercased() else { return .pass }
            return .reject("an everyday word that is not the place's own name")
        },
        // An everyday English word ("Union", "Home", "Central", "Agency") that the gazetteer answers only
        // as a guess (a small place spelt so) is a place only within 300 km of the report's sure places
        // ("the northern West Bank" in a report from Jerusalem), or after a locative in a country the
        // report names.
        PlaceRule(name: "everyday-phrase") { extractor, candidate in
            guard let match = candidate.match, match.guess == .everydayPhrase else { return .pass }
            // "at Point Salines", "the Supreme Court": the everyday word that starts a longer name the
            // gazetteer lacks is that name's, not a village spelt like it.
            let run = candidate.wholeRun.words
            if candidate.partIndex == 0, candidate.words.count == 1, run.count > 1, !candidate.isPossessive {
                return .reject("the everyday word starting the longer name '\(run.joined(separator: " "))', which the gazetteer lacks")
            }
            let code = match.place.countryCode
            let inContext = candidate.named.contains(code) || candidate.anchors?.countries.contains(code) == true
            let near =
                candidate.anchors?.nearestMeters(to: match.place.coordinate, excluding: candidate.start).map {
                    $0 <= PlaceExtractor.everydayNameReachMeters
                } ?? false
            // A region word says what the name is ("Cameroon's English-speaking Southwest Region").
            if near || candidate.isDateline || ((candidate.afterLocative || candidate.isRegion) && inContext) { return .pass }
            return .reject("an everyday English word; the place spelt so lies outside the report's region")
        },
        PlaceRule(name: "government") { extractor, candidate in extractor.governmentRule(candidate) },
        PlaceRule(name: "dateline") { _, candidate in
            guard candidate.isDateline else { return .pass }
            candidate.evidence.append(.dateline)
            return .note("the report's dateline")
        },
        PlaceRule(name: "locative") { _, candidate in
            guard candidate.afterLocative else { return .pass }
            candidate.evidence.append(.locative(candidate.locativeWord))
            return .note(PlaceEvidence.locative(candidate.locativeWord).description)
        },
        PlaceRule(name: "country-context") { _, candidate in
            guard let code = candidate.match?.place.countryCode else { return .pass }
            if candidate.named.contains(code) {
                candidate.evidence.append(.countryNamed(code))
            } else if candidate.countries.contains(code), !candidate.hasLocativeOrDateline {
                candidate.evidence.append(.countryInContext(code))
            } else {
                return .pass
            }
            return .note(candidate.evidence.last!.description)
        },
        // The next item of a list of places: "in Jenin, Tulkarm and the Tubas area".
        PlaceRule(name: "listed-with") { _, candidate in
            guard let previousPlace = candidate.previousPlace, previousPlace.isStrong, previousPlace.end < candidate.start,
                candidate.start - previousPlace.end <= 6,
                [",", "and", "or"].contains(candidate.report.substring(previousPlace.end..<candidate.start).split(separator: " ").joined())
            else { return .pass }
            candidate.evidence.append(.listedWith(previousPlace.place.name))
            return .note(candidate.evidence.last!.description)
        },
        PlaceRule(name: "repeated") { _, candidate in
            guard let count = candidate.counts[NameFolding.fold(candidate.run.words.joined(separator: " "))], count > 1 else {
                return .pass
            }
            candidate.evidence.append(.repeated(count))
            return .note(candidate.evidence.last!.description)
        },
        // One name, one place: a mention without a locative of a name the report places by one elsewhere
        // ("Karak, a mountainous city …" after "the southern city of Karak") is that place.
        PlaceRule(name: "placed-elsewhere") { extractor, candidate in
            guard candidate.match != nil, !candidate.hasLocativeOrDateline, extractor.isPlacedElsewhere(candidate.name) else {
                return .pass
            }
            candidate.evidence.append(.placedElsewhere)
            return .note(PlaceEvidence.placedElsewhere.description)
        },
        PlaceRule(name: "region-evidence") { _, candidate in
            guard candidate.isRegion else { return .pass }
            candidate.evidence.append(.regionPhrase)
            return .note(PlaceEvidence.regionPhrase.description)
        },
        // A sentence opening with a participle ("Reading the report, …") is no place without a locative.
        PlaceRule(name: "participle-opening") { extractor, candidate in
            let report = candidate.report
            let opensSentence = report.substring(report.sentence(containing: candidate.start).lowerBound..<candidate.start).allSatisfy {
                $0.isWhitespace || $0 == "\"" || $0 == "“"
            }
            guard opensSentence, report.substring(candidate.end..<min(candidate.end + 1, report.scalars.count)) == " ",
                extractor.lexicon.determiners.contains(candidate.next), !candidate.hasLocativeOrDateline
            else { return .pass }
            return .reject("a participle opening the sentence ('\(candidate.spanText) \(candidate.next) …')")
        },
        // A repeat alone is no evidence ("Reading is…", "Hamas … Hamas").
        PlaceRule(name: "needs-evidence") { _, candidate in
            candidate.evidence.contains { if case .repeated = $0 { return false } else { return true } }
                ? .pass : .reject("no evidence that it is a place (a repeat alone is none)")
        },
        // A weak name match (a transliteration, a distant alternate) wants a locative or the dateline; a
        // curated report name of a region ("North Sinai") is no weak match where the report names its country,
        // nor is an item of a list of places in the country the report names ("spread to Atyrau, Aktobe,
        // Uralsk": Oral, Kazakhstan).
        PlaceRule(name: "weak-match") { extractor, candidate in
            let listedInNamedCountry = { (match: GeocodeMatch) in
                candidate.named.contains(match.place.countryCode)
                    && candidate.evidence.contains { if case .listedWith = $0 { true } else { false } }
            }
            guard let match = candidate.match, match.kind == .transliteration || match.kind == .distantAlternate,
                !candidate.hasLocativeOrDateline, !candidate.evidence.contains(.placedElsewhere), !match.isCuratedName(of: candidate.named),
                !listedInNamedCountry(match),
                // "to the capital, Salisbury": an old name the report sets beside "the capital" is the capital's.
                !(candidate.report.substring(max(0, candidate.start - 13)..<candidate.start).lowercased() == "the capital, "
                    && extractor.isCapital(match.place))
            else { return .pass }
            let kind = match.kind
            return .reject("a \(kind == .transliteration ? "transliteration" : "distant alternate name") without a locative or dateline")
        },
        PlaceRule(name: "place") { extractor, candidate in extractor.acceptedPlace(candidate) },
    ]

    /// The noun of an apposition that says a name is a group's: ", a militant group known for …", ", an
    /// armed faction that …" (at most three words before the noun, which ends the phrase or leads a clause).
    func groupApposition(after offset: Int, in report: ReportText) -> String? {
        guard offset + 2 < report.scalars.count, report.scalars[offset] == ",", report.scalars[offset + 1] == " " else { return nil }
        let words = report.clauseWords(after: offset + 2, count: 6).map(\.word)
        guard let article = words.first, ["a", "an"].contains(article) else { return nil }
        for index in 1..<min(words.count, 5) where lexicon.groupNouns.contains(words[index]) {
            guard words[1..<index].allSatisfy({ $0.first?.isLowercase == true }) else { return nil }
            let after = index + 1 < words.count ? words[index + 1] : ""
            return after.isEmpty || lexicon.appositionOpeners.contains(after) ? words[index] : nil
        }
        return nil
    }

    /// Whether ", NN," (one to three digits between commas: an age) follows `offset`.
    static func ageFollows(_ offset: Int, in report: ReportText) -> Bool {
        let scalars = report.scalars
        guard offset + 4 < scalars.count, scalars[offset] == ",", scalars[offset + 1] == " " else { return false }
        var index = offset + 2
        while index < scalars.count, index - offset - 2 < 4, ("0"..."9").contains(scalars[index]) { index += 1 }
        let digits = index - offset - 2
        return (1...3).contains(digits) && index < scalars.count && scalars[index] == ","
    }

    /// How far from a town the report puts a place in ("Katooke, in Nansana") that place may lie: a
    /// town's suburbs and villages, not its province. Without the comma ("Bakhmut in Donetsk"), a
    /// looser phrase, a metropolitan area's reach.
    static let containerReachMeters = 50_000.0
    static let looseContainerReachMeters = 100_000.0
    /// A town named without the comma is one of this size: a village's name is too often another's.
    static let looseContainerPopulation = 50_000

    /// The town named right after ", in " or " in " at `offset` ("Katooke, in Nansana", "the Olympic
    /// Village in Munich"), by its own or an alternate name, with how far a place in it may lie. After
    /// the comma the town is sought in `match`'s country; without it, it is a town of
    /// `looseContainerPopulation` anywhere, the match's country first.
    func containingTown(after offset: Int, in report: ReportText, match: Place) -> (name: String, place: Place, reachMeters: Double)? {
        let end = report.scalars.count
        let comma = report.substring(offset..<min(offset + 5, end)) == ", in "
        guard comma || report.substring(offset..<min(offset + 4, end)) == " in " else { return nil }
        let following = report.clauseWords(after: offset + (comma ? 5 : 4), count: 4).map(\.word)
        let words = following.prefix { $0.first?.isUppercase == true && !isStopWord($0) }
        // A longer name joined by a lower-case word ("Jammu and Kashmir", "Lanao del Norte") is no town, nor is
        // a first-level region's name before its word ("in Esmeraldas province": containingRegion reads that);
        // a district's is its seat's ("Bo Thong, in Nong Chik district").
        if words.count < following.count, ReportText.isConnector(following[words.count]) || following[words.count] == "and" { return nil }
        if words.count < following.count, lexicon.isFirstLevelRegionWord(following[words.count]) { return nil }
        for length in stride(from: words.count, through: 1, by: -1) {
            let name = words.prefix(length).map(PlaceCandidate.withoutPossessive).joined(separator: " ")
            let options =
                comma
                ? GeocodeOptions(country: match.countryCode, limit: 1, allowsSpellingMatches: false)
                : GeocodeOptions(preferredCountryCodes: [match.countryCode], limit: 1, allowsSpellingMatches: false)
            guard let town = lookup(name, options).first else { continue }
            guard town.place.kind == .populatedPlace, [.primaryName, .alternateName].contains(town.kind),
                comma || town.place.population >= Self.looseContainerPopulation
            else { return nil }
            return (name, town.place, comma ? Self.containerReachMeters : Self.looseContainerReachMeters)
        }
        return nil
    }

    /// The first-level region named right after ", in " at `offset` as where a place lies: "…, in the
    /// jungle department of Peten", "…, in Cabo Delgado province", "…, in the Kharkiv region".
    func containingRegion(after offset: Int, in report: ReportText) -> Place? {
        guard report.substring(offset..<min(offset + 5, report.scalars.count)) == ", in " else { return nil }
        var words = report.clauseWords(after: offset + 5, count: 7).map(\.word)
        if words.first == "the" { words.removeFirst() }
        let isRegionWord = lexicon.isFirstLevelRegionWord
        let capitalised = { (word: String) in word.first?.isUppercase == true }
        var name: [String] = []
        if let index = words.firstIndex(where: isRegionWord), index + 1 < words.count, words[index + 1] == "of",
            words[..<index].allSatisfy({ !capitalised($0) })
        {
            // "the (jungle) department of Peten"
            name = Array(words[(index + 2)...].prefix(while: capitalised))
        } else {
            // "Cabo Delgado province"
            let lead = words.prefix(while: capitalised)
            if lead.count < words.count, isRegionWord(words[lead.count]) { name = Array(lead) }
        }
        guard !name.isEmpty else { return nil }
        return lookup(name.joined(separator: " "), GeocodeOptions(limit: 5, allowsSpellingMatches: false))
            .first { $0.place.kind == .region && [.primaryName, .alternateName].contains($0.kind) }?.place
    }

    /// The country whose possessive or adjective comes right before the span in its run ("Iraq's
    /// Kurdistan Region", "Iranian Kurdistan"), if any.
    /// The longest such name counts: "Papua New Guinea's Enga" is Papua New Guinea's, not Guinea's.
    /// Also a possessive a word or two of description before the name ("Iraq's semi-autonomous
    /// Kurdistan region"), and a country after its region word ("the Kurdistan region of Iraq").
    func ownerCountry(of candidate: PlaceCandidate) -> String? {
        let words = candidate.wholeRun.words
        guard candidate.partIndex > 0 else { return describedOwner(of: candidate) }
        let last = words[candidate.partIndex - 1]
        let bare = PlaceCandidate.withoutPossessive(last)
        for first in max(0, candidate.partIndex - 3)..<candidate.partIndex {
            let name = (words[first..<(candidate.partIndex - 1)] + [bare]).joined(separator: " ")
            if let code = bare != last ? gazetteer.countries.code(for: name) : gazetteer.countries.code(forAdjective: name) {
                return code
            }
        }
        return nil
    }

    /// "Iraq's semi-autonomous Kurdistan region", "the Kurdistan region of Iraq": the country that owns
    /// a name outside its run.
    private func describedOwner(of candidate: PlaceCandidate) -> String? {
        let report = candidate.report
        for (index, token) in report.previousTokens(before: candidate.start, count: 3).enumerated() {
            let bare = PlaceCandidate.withoutPossessive(token)
            if bare != token { return gazetteer.countries.code(for: bare) }
            let describes = token.allSatisfy { $0.isLowercase || $0 == "-" } && !isStopWord(token) && !lexicon.locatives.contains(token)
            guard index < 2, describes else { break }
        }
        let after = report.nextWords(after: candidate.end, count: 3)
        guard after.count == 3, lexicon.regionWords.contains(after[0]), after[1] == "of" else { return nil }
        return gazetteer.countries.code(for: after[2])
    }

    /// The capitalised word that goes on with the span's name in its run, when it is no word that says
    /// what kind of name it is (a region, feature, organisation, title or function word).
    func nameGoesOn(after candidate: PlaceCandidate) -> String? {
        let words = candidate.wholeRun.words
        let after = candidate.partIndex + candidate.run.words.count
        guard candidate.words.count == 1, !candidate.isPossessive, after < words.count else { return nil }
        let next = PlaceCandidate.withoutPossessive(words[after])
        let lowered = next.lowercased()
        // An area word goes on with the name: "Klimovsky District" is an area the gazetteer lacks, named
        // by a word only spelt like a town's.
        if lexicon.areaWords.contains(lowered) { return next }
        let saysWhat =
            isStopWord(next) || ReportText.isConnector(next) || next == "and" || lexicon.regionWords.contains(lowered)
            || lexicon.personTitles.contains(lowered) || lexicon.compassWords.contains(next)
        return saysWhat || !personalWord(next) ? nil : next
    }

    /// "Yemen's capital", "the Ukrainian capital" at the end of the run.
    func capitalPhrase(_ candidate: PlaceCandidate) -> PlaceMention? {
        let run = candidate.run, report = candidate.report
        guard !run.words.isEmpty else { return nil }
        // The longest country name ending the span: "Equatorial Guinea's capital" is Malabo, not Conakry.
        let named = stride(from: run.words.count, through: 1, by: -1).lazy.compactMap { length -> (String, String)? in
            let phrase = run.words.suffix(length).joined(separator: " ")
            let country = PlaceCandidate.withoutPossessive(phrase)
            guard let code = self.gazetteer.countries.code(for: country) ?? self.gazetteer.countries.code(forAdjective: country) else {
                return nil
            }
            return (phrase, code)
        }.first
        guard let (phrase, code) = named, let capital = capitalNamed(by: code, after: run.range.upperBound, in: report) else { return nil }
        let lastStart = run.range.upperBound - phrase.unicodeScalars.count
        return PlaceMention(
            text: report.substring(lastStart..<capital.end), start: lastStart, end: capital.end, kind: .city, place: capital.place,
            name: capital.place.name, evidence: [.capitalPhrase])
    }

    /// A country is context, not a point on the map; so is its adjective ("the Syrian border"), and so
    /// is a sovereign state however small ("took it to Bahrain"). A dependent territory small enough
    /// to be a point (Guam, Bermuda) is a place like an island, and after a locative a country that
    /// shares its capital's name is the capital ("taken to Djibouti").
    func countryRule(_ candidate: PlaceCandidate) -> PlaceRuleOutcome {
        let bare = candidate.bare
        // A name several countries answer to ("Congo", "Korea") is a country all the same, never the
        // village that shares it (Congo, BR).
        if gazetteer.countries.ambiguousCodes(forName: bare) != nil { return .reject("a name several countries answer to") }
        guard let code = gazetteer.countries.code(for: bare) ?? gazetteer.countries.code(forAdjective: bare) else { return .pass }
        if gazetteer.countries.isCapital(bare, code: code) && candidate.afterLocative { return .pass }
        guard let top = lookup(bare, GeocodeOptions(limit: 1, allowsSpellingMatches: false)).first, top.place.kind == .country,
            (top.place.extentMeters ?? .infinity) <= Self.pointSizedCountryMeters, !lexicon.sovereignStates.contains(code)
        else { return .reject("a country or its adjective: context, not a place") }
        candidate.pointCountry = top
        return .note("a territory small enough to be a place")
    }

    /// A capital standing for its government: "according to Moscow", "warnings from Washington",
    /// "Tokyo said", "Pyongyang's state media" (never in the dateline, nor after a locative unless
    /// addressed).
    func governmentRule(_ candidate: PlaceCandidate) -> PlaceRuleOutcome {
        guard let match = candidate.match, !candidate.isDateline else { return .pass }
        let report = candidate.report, start = candidate.start, end = candidate.end
        let before = report.previousWords(before: start, count: 2)
        // "according to Moscow", "warnings from Washington", "backed by Moscow", and a government as
        // the object of what governments do to each other ("Gitega accused Kigali of …", "blamed
        // Kyiv for"), the name ending its clause or going on with "of", "for", "over" or "that".
        func objectEnds() -> Bool {
            [".", ",", ";", ":", ""].contains(report.substring(end..<min(end + 1, report.scalars.count)))
                || ["of", "for", "over", "that"].contains(report.nextWord(after: end))
        }
        // "over Taipei's strong objections": a government's possessive after a locative, which governs
        // the noun ("in Kyiv's central district" stays the city's).
        func possessiveOfGovernment() -> Bool {
            guard candidate.isPossessive else { return false }
            for word in report.nextWords(after: end, count: 3) {
                if lexicon.cityNouns.contains(word) { return false }
                if lexicon.actorNouns.contains(word) || lexicon.governmentWords.contains(word) { return true }
            }
            return false
        }
        let addressed =
            before == ["to", "according"]
            || (before.count == 2 && ["from", "with", "to", "on", "between"].contains(before[0]) && lexicon.actorNouns.contains(before[1]))
            // "a close ally of Washington", "a key partner of Beijing": a state's ally is the government's.
            || (before.count == 2 && before[0] == "of" && lexicon.allyNouns.contains(before[1]))
            // "the terrorist nature of the Kiev regime": a regime word makes it the government, locative or not.
            || lexicon.regimeWords.contains(report.nextWord(after: end))
            || (candidate.afterLocative && possessiveOfGovernment())
            // "with Islamabad accusing militants": the subject of an absolute clause does what governments do.
            || (before.first == "with"
                && {
                    let verb = report.nextWord(after: end)
                    return ReportText.isGerund(verb)
                }())
            // "offers of dialogue from Seoul and Washington": joined by "and" to a government just named.
            || candidate.previousActorEnd.map { onlyAnd(between: $0, and: start, in: report) } == true
            || (before.count == 2 && before[0] == "by" && lexicon.backingParticiples.contains(before[1]))
            || (before.first.map(lexicon.actorVerbs.contains) == true && !candidate.isPossessive && objectEnds())
            // "to stop Beijing from setting up an oil rig": held back from doing something, it is the doer.
            || (before.first.map(lexicon.restrainingVerbs.contains) == true && !candidate.isPossessive
                && {
                    let next = report.nextWords(after: end, count: 2)
                    return next.count == 2 && next[0] == "from" && ReportText.isGerund(next[1])
                }())
        // "and" joins lists of places and of governments alike: "Seoul and Tokyo condemned" names two
        // governments, "officials in Seoul and Pyongyang said" two places.
        let listedAfterLocative =
            candidate.previousPlace.map { place in
                place.evidence.contains { if case .locative = $0 { return true } else { return false } }
                    && onlyAnd(between: place.end, and: start, in: report)
            } ?? false
        // "Islamabad, for its part, called on Kabul": an aside between commas, of a few words, stands
        // between a government and what it does.
        func wordsAfterAside() -> [String] {
            guard end < report.scalars.count, report.scalars[end] == "," else { return [] }
            let aside = report.clauseWords(after: end + 1, count: 5)
            guard let last = aside.last, aside.count < 5, last.range.upperBound < report.scalars.count,
                report.scalars[last.range.upperBound] == ","
            else { return [] }
            return report.nextWords(after: last.range.upperBound + 1, count: 4)
        }
        guard addressed || !candidate.afterLocative || (candidate.previous == "and" && !listedAfterLocative),
            isActor(
                match.place, next: report.nextWords(after: end, count: 4), addressed: addressed, possessive: candidate.isPossessive,
                nextIsLowerCase: report.startsLowerCaseWord(after: end))
                || (!candidate.afterLocative
                    && isActor(match.place, next: wordsAfterAside(), addressed: false, possessive: false, nextIsLowerCase: false))
        else { return .pass }
        return .actor(ActorMention(text: report.substring(start..<end), start: start, end: end, place: match.place))
    }

    /// Whether only "and" (and spaces) lies between the end of one name and the start of the next.
    private func onlyAnd(between end: Int, and start: Int, in report: ReportText) -> Bool {
        end < start && start - end <= 6 && report.substring(end..<start).split(separator: " ").joined() == "and"
    }

    /// The place itself: a town, site or sea with its near rivals, or a region by its main city.
    func acceptedPlace(_ candidate: PlaceCandidate) -> PlaceRuleOutcome {
        guard let match = candidate.match else { return .reject("no match") }
        let text = candidate.report.substring(candidate.start..<candidate.end)
        guard candidate.isRegion else {
            var mention = PlaceMention(
                text: text, start: candidate.start, end: candidate.end, kind: .city, place: match.place, name: match.place.name,
                evidence: candidate.evidence)
            // Only the countries the text names settle it: the places' own countries would let a
            // first guess confirm itself.
            mention.alternatives = rivals(of: candidate.name, chosen: match.place, countries: candidate.named)
            mention.guess = match.guess
            return .place(mention)
        }
        var region = PlaceMention(
            text: text, start: candidate.start, end: candidate.end, kind: .admin1, place: match.place,
            name: match.place.kind == .region ? match.place.name : match.place.admin1 ?? "\(match.place.name) region",
            evidence: candidate.evidence)
        region.guess = match.guess
        return .place(region)
    }
}
