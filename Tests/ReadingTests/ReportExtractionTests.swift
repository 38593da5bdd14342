import Gazetteer
import TestSupport
import XCTest

@testable import Reading

/// Extraction on the reports in Tests/Fixtures/reports: the planted facts are found, the decoys are not.
final class ReportExtractionTests: XCTestCase {
    static let gazetteer = ProjectData.gazetteer

    func extract(_ name: String) throws -> ReportExtraction {
        ReportExtraction(text: try Fixtures.string("reports/\(name).txt"), gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon)
    }

    /// unseen-20's lessons on one text: a "Dubai:" dateline, a country's longest name before "capital",
    /// "de las" inside a name, a title word, a company, a demonym and "The" kept in "The Hague".
    func testDatelineCapitalJoinerTitleCompanyAndDemonym() {
        let text = """
            Dubai: Gunmen attacked Equatorial Guinea's capital on Tuesday. Police near San Cristobal de las Casas held a Briton. \
            Secretary General Kofi Annan spoke. The bus belonged to the Makkah company. The tribunal in The Hague acted.
            """
        let result = ReportExtraction(text: text, gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon)
        let found = result.places.map { "\($0.text)=\($0.place.countryCode)" }
        XCTAssertEqual(found.first, "Dubai=AE")
        XCTAssertTrue(found.contains { $0.hasPrefix("Equatorial Guinea's capital=GQ") }, "\(found)")
        XCTAssertTrue(found.contains("San Cristobal de las Casas=MX"), "\(found)")
        XCTAssertTrue(found.contains("The Hague=NL"), "a capitalised article inside a sentence is the name's: \(found)")
        XCTAssertFalse(found.contains { ["Briton", "Secretary", "Makkah"].contains(String($0.prefix { $0 != "=" })) }, "\(found)")
    }

    func testUkrainianStrikesFindPlacesRegionsDatesAndTheLaunchArea() throws {
        let result = try extract("kharkiv-strikes")
        XCTAssertEqual(
            Set(result.places.map(\.place.geonameID)), [703448, 706483, 687700, 578072],
            "Kyiv (the dateline), Kharkiv, Zaporizhzhia, Belgorod")
        XCTAssertEqual(result.places.first?.evidence, [.dateline])
        let region = try XCTUnwrap(result.places.first { $0.kind == .admin1 })
        XCTAssertEqual(region.text, "Zaporizhzhia")
        XCTAssertEqual(region.name, "Zaporizka oblast")
        XCTAssertEqual(result.dates.map(\.value), ["2024-01-08", "2024-01-02", "2024-01-06", "2024-01-06", "2023-12-30"])
        XCTAssertEqual(result.dates.filter(\.yearInferred).count, 4, "only the dateline states its year")
        XCTAssertFalse(result.places.contains { $0.text.contains("May") || $0.text.contains("Volodymyr") || $0.text.contains("Zelensky") })
        let strikes = result.events.filter { $0.action == .strike && $0.place?.name == "Kharkiv" }
        XCTAssertEqual(Set(strikes.compactMap(\.date?.value)), ["2024-01-02", "2024-01-06"])
        XCTAssertTrue(strikes.contains { $0.killed == 2 && $0.injured == 12 })
        XCTAssertTrue(result.events.contains { $0.action == .launch && $0.place?.name == "Belgorod" })
        XCTAssertTrue(result.events.contains { $0.action == .strike && $0.place?.kind == .admin1 && $0.date?.value == "2023-12-30" })
        XCTAssertTrue(result.events.contains { $0.action == .debrisFound && $0.place?.name == "Zaporizhzhya" })
    }

    func testTheKoreanClaimIsPairedVerifiedAndTheDecoysSkipped() throws {
        let result = try extract("korea-launch")
        let claim = try XCTUnwrap(result.distanceClaims.first)
        XCTAssertEqual(claim.text, "about 460km (285 miles)")
        XCTAssertEqual(claim.pairedText, "285 miles")
        XCTAssertEqual(claim.from?.place.geonameID, 1866923)
        XCTAssertEqual(claim.to?.place.geonameID, 1838524)
        XCTAssertEqual(claim.verification?.verdict, .consistent)
        XCTAssertEqual(Set(result.places.map(\.name)), ["Seoul", "Wŏnsan", "Busan"])
        XCTAssertEqual(result.dates.first { $0.text == "on Thursday" }?.value, "2022-10-06")
        XCTAssertEqual(result.dates.first { $0.text == "last week" }?.value, "2022-09-26/2022-10-02")
        XCTAssertTrue(result.events.contains { $0.action == .launch && $0.place?.name == "Wŏnsan" && $0.date?.value == "2022-10-06" })
    }

    func testPeopleAndAccidentalWordsAreNotPlaces() throws {
        let result = try extract("decoys")
        XCTAssertEqual(result.places.map(\.name), ["London", "Kyiv", "Odesa"])
        XCTAssertEqual(result.events.first?.place?.name, "Odesa")
        XCTAssertEqual(result.events.first?.killed, 3)
        XCTAssertTrue(result.dates.isEmpty, "'May' as a month without a day and 'Monday' without a dateline are not dates")
    }

    func testOffsetsPointAtTheMentionInCodePoints() throws {
        let text = "Strikes hit Wŏnsan. Then Kharkiv was hit in Ukraine."
        let result = ReportExtraction(text: text, gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon)
        let scalars = Array(text.unicodeScalars)
        for place in result.places {
            XCTAssertEqual(String(String.UnicodeScalarView(scalars[place.start..<place.end])), place.text)
        }
        XCTAssertEqual(result.places.map(\.text), ["Wŏnsan", "Kharkiv"])
    }

    func testDatesWithoutAnyYearStayPartial() {
        let result = ReportExtraction(
            text: "Debris fell near Odesa, Ukraine on Dec. 30 and again on the 2nd.", gazetteer: Self.gazetteer,
            lexicon: ProjectData.lexicon)
        XCTAssertEqual(result.dates.map(\.value), ["--12-30"])
    }

    /// Issue 16's failure classes, each in a sentence of our own.
    func testWeaponsDesignationsAcronymsAndOrganisationsAreNotPlaces() {
        let text =
            "SEOUL, Oct 6, 2022 - North Korea fired a Hwasong-17 and two KN-23 missiles, KCNA said. Tu-95 bombers flew over "
            + "the Sea of Japan. Hamas and Hezbollah fired rockets. The Dongfeng missiles fell near Wonsan in North Korea."
        let result = ReportExtraction(text: text, gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon)
        XCTAssertEqual(result.places.map(\.place.name), ["Seoul", "Sea of Japan", "Wŏnsan"])
    }

    func testCapitalsThatSpeakAreActorsNotPlaces() {
        let text =
            "KYIV, May 25, 2024 - Strikes hit Kharkiv in Ukraine. Moscow said it hit military sites; Tokyo protested. "
            + "Officials in Warsaw said debris fell in Poland."
        let extracted = PlaceExtractor(gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon).extract(ReportText(text))
        XCTAssertEqual(extracted.places.map(\.place.name), ["Kyiv", "Kharkiv", "Warsaw"])
        XCTAssertEqual(extracted.actors.map(\.place.name), ["Moscow", "Tokyo"])
    }

    func testLongestNamesSitesSeasAndListsAreFound() {
        let text =
            "TEL AVIV, Jan 9, 2024 - Drones hit the port of Hodeidah and ships in the Gulf of Aden. Raids in Jenin, Tulkarm and "
            + "Nablus followed in the West Bank. Engels air base and the Crimean Bridge were struck in Russia and Ukraine."
        let result = ReportExtraction(text: text, gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon)
        let names = result.places.map(\.place.name)
        for expected in [
            "Tel Aviv", "Port of Hodeidah", "Gulf of Aden", "Janīn", "Ţūlkarm", "Nablus", "Engels-2 air base", "Crimean Bridge",
        ] {
            XCTAssertTrue(names.contains(expected), "\(expected) not in \(names)")
        }
        XCTAssertFalse(names.contains("Aviv") || names.contains("Aden"), "\(names)")
    }

    func testClaimKindsListsAndSpelledNumbers() throws {
        let text =
            "SEOUL, Oct 4, 2022 - The missile reached an altitude of 970 km and flew 4,600 km. Fordow lies some 95 km south of "
            + "Tehran and about 30 km northeast of Qom in Iran. Drones struck Kharkiv, one thousand kilometres from Odesa in Ukraine."
        let claims = ReportExtraction(text: text, gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon).distanceClaims
        let byMeters = Dictionary(claims.map { ($0.stated.length.meters, $0) }, uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(byMeters[970_000]?.kind, .altitude)
        XCTAssertNil(byMeters[970_000]?.verification, "an apogee is never verified as a ground distance")
        // Depths and heights, before or after the number, are no ground distances either.
        for sentence in [
            "An explosion struck Kharkiv at a depth of 12 km, 40 km from Belgorod in Russia.",
            "The blast under Kharkiv was 12 km deep, 40 km from Belgorod in Russia.",
            "A balloon drifted over Kharkiv 12 km high, 40 km from Belgorod in Russia.",
        ] {
            let read = ReportExtraction(text: sentence, gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon).distanceClaims
            let depth = read.first { $0.stated.length.meters == 12_000 }
            XCTAssertEqual(depth?.kind, .altitude, sentence)
            XCTAssertNil(depth?.verification, sentence)
        }
        // An aircraft's height in feet is an altitude, even beside a flight word and two places
        // (unseen-23: "flying at 31,000 feet ... on its way to London, and then to Delhi").
        for sentence in [
            "The jet was flying at 31,000 feet on its way to London, and then to Delhi.",
            "The airliner was shot down at 18,000 feet between London and Paris.",
        ] {
            let read = ReportExtraction(text: sentence, gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon).distanceClaims
            XCTAssertEqual(read.first?.kind, .altitude, sentence)
            XCTAssertNil(read.first?.verification, sentence)
        }
        // Yards are a length like any other (unseen-22, unseen-23).
        let yards = ReportExtraction(
            text: "Shells fell 300 yards from the compound in Qana, Lebanon.", gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon
        ).distanceClaims
        XCTAssertEqual(yards.first?.stated.length.meters ?? 0, 274.32, accuracy: 1e-9)
        XCTAssertEqual(byMeters[4_600_000]?.kind, .flight)
        XCTAssertNil(byMeters[4_600_000]?.verification)
        XCTAssertEqual(byMeters[95_000]?.kind, .offset)
        XCTAssertEqual(Set([byMeters[95_000]?.from?.place.name, byMeters[95_000]?.to?.place.name]), ["Fordow", "Tehran"])
        XCTAssertEqual(Set([byMeters[30_000]?.from?.place.name, byMeters[30_000]?.to?.place.name]), ["Fordow", "Qom"])
        let spelled = try XCTUnwrap(byMeters[1_000_000])
        XCTAssertEqual(Set([spelled.from?.place.name, spelled.to?.place.name]), ["Kharkiv", "Odesa"])
    }

    func testYearlessDatesTakeTheYearNearestBeforeTheReference() {
        let dates = { (text: String) in
            ReportExtraction(text: text, gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon).dates.map(\.value)
        }
        XCTAssertEqual(dates("KYIV, January 8, 2024 - Strikes on December 30 and January 2."), ["2024-01-08", "2023-12-30", "2024-01-02"])
        XCTAssertEqual(dates("SEOUL, Aug 22 (Wire) - The statement was dated August 21, 2022."), ["2022-08-22", "2022-08-21"])
        XCTAssertEqual(
            dates("Filed 25.05.2024 and 26-05-2024; the bridge was hit in October 2022."), ["2024-05-25", "2024-05-26", "2022-10"])
        // Two days share the month and the year written after them.
        XCTAssertEqual(
            dates("MANILA, Dec 10 (Wire) - Ships clashed on December 9 and 10, 2023."), ["2023-12-10", "2023-12-09", "2023-12-10"])
        XCTAssertEqual(dates("Drones flew on the night of 5-6 March 2024."), ["2024-03-05", "2024-03-06"])
        // "last year" and "this year" after a day name its year (unseen-18).
        XCTAssertEqual(
            dates("IMPHAL, May 22, 2016 - On June 4 last year 18 soldiers died; on March 3 this year a bomb went off."),
            ["2016-05-22", "2015-06-04", "2016-03-03"])
        // A narrative that has moved past the reference keeps its year (unseen-23: January 31 after
        // "January 3, 1990" in a report that opens on December 20, 1989); a day before the last whole
        // date still takes the year before the reference.
        XCTAssertEqual(
            dates("Troops landed on December 20, 1989. He surrendered on January 3, 1990. It ended on January 31."),
            ["1989-12-20", "1990-01-03", "1990-01-31"])
        XCTAssertEqual(
            dates("Troops landed on December 20, 1989. He surrendered on January 3, 1990. Talks began on November 30."),
            ["1989-12-20", "1990-01-03", "1989-11-30"])
    }

    /// An ambiguous name the report's countries do not settle is marked, never silently chosen.
    func testAmbiguousPlacesAreMarkedUnlessTheReportSettlesThem() {
        let open = ReportExtraction(text: "Rockets fell near Tripoli on Monday.", gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon)
        XCTAssertEqual(open.places.first?.alternatives.map(\.label), ["Tripoli (LB)"])
        let settled = ReportExtraction(
            text: "Rockets fell near Tripoli in Libya on Monday.", gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon)
        XCTAssertEqual(settled.places.first?.place.countryCode, "LY")
        XCTAssertEqual(settled.places.first?.alternatives, [])
        let lebanon = ReportExtraction(
            text: "Rockets fell near Tripoli in Lebanon on Monday.", gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon)
        XCTAssertEqual(lebanon.places.first?.place.countryCode, "LB")
        XCTAssertEqual(lebanon.places.first?.alternatives, [])
    }

    /// The weapon list names weapons only; a missile that shares a city's name is caught by its
    /// model number ("Quds-2"), so Al-Quds stays Jerusalem.
    func testAWeaponsModelNumberDoesNotHideACity() {
        let text = "Police raided homes in Al-Quds, Israel said. The Houthis fired a Quds-2 missile at Eilat."
        let result = ReportExtraction(text: text, gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon)
        XCTAssertEqual(result.places.map(\.place.name), ["Jerusalem", "Eilat"])
    }

    /// Each shape of sentence pairs a distance with its own places, and a shape nobody can read
    /// leaves it unpaired: a verdict on the wrong pair would be confidently wrong.
    func testDistancesPairWithTheirOwnPlacesOrNone() throws {
        let ends = { (text: String) -> [Double: Set<String>] in
            let claims = ReportExtraction(text: text, gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon).distanceClaims
            return Dictionary(
                claims.map { ($0.stated.length.meters, Set([$0.from?.place.name, $0.to?.place.name].compactMap { $0 })) },
                uniquingKeysWith: { first, _ in first })
        }
        // A list shares its first item's far end; "the launch area" is where the launch came from.
        let list = ends(
            "SEOUL, March 14 2024 - North Korea fired a missile. The launch came from the Jangyon area. Seoul lies some 100 km "
                + "from the launch area, Daegu about 320 km and Busan roughly 400 km.")
        XCTAssertEqual(list[100_000], ["Seoul", "Changyŏn"])
        XCTAssertEqual(list[320_000], ["Daegu", "Changyŏn"])
        XCTAssertEqual(list[400_000], ["Busan", "Changyŏn"])
        // "X, … N km away" joins X and the place the report was about, never the dateline.
        let away = ends(
            "KYIV, February 17, 2024 - Avdiivka lies north of Donetsk in Ukraine. Russian forces pushed toward Pokrovsk, "
                + "a logistics hub some 40 km away.")
        XCTAssertEqual(away[40_000], ["Pokrovsk", "Avdiyivka"])
        // A landing point has no name; a distance set beside a country is no distance to a town.
        let landed = ends("SEOUL, Oct 31, 2024 - The missile flew from Pyongyang and landed some 200 km west of Okushiri in Japan.")
        XCTAssertEqual(landed[200_000], ["Okushiri"])
        let beside = ends("Sirens sounded in Tel Aviv in Israel after a drone was launched from Yemen, about 2,000 km away.")
        XCTAssertEqual(beside[2_000_000], [])
        // A round trip or a total over legs joins no two places; "in allied" is no "in all".
        for text in [
            "Two bombers flew from the Amur region toward the Kuril islands and back, about 2,500 km in all.",
            "The drones flew from Kursk to Kharkiv, some 2,500 km in total over three nights.",
            "A round-trip flight from Kursk to Kharkiv covered 2,500 km.",
        ] {
            XCTAssertEqual(ends(text)[2_500_000], [], text)
        }
        let allied = ends("Two bombers flew from Kursk toward Kharkiv, about 2,500 km, in allied formation.")
        XCTAssertEqual(allied[2_500_000], ["Kursk", "Kharkiv"])
    }

    /// A weapon's given name, a capital that governments address, a river named after its town and a
    /// compass word that opens a name are each read as the report means them.
    func testWeaponNamesAddressedCapitalsFeaturesAndCompassNames() {
        let text =
            "North Korea fired from South Hwanghae Province. The Houthis used a new drone, the Jaffa, over Eilat in Israel. Sanaa rejected "
            + "warnings from Washington, and Tokyo lodged a protest with Beijing. The plant sits on the Kakhovka reservoir near "
            + "Nikopol in Ukraine. A missile that can reach Guam or Alaska can reach Hawaii and San Francisco."
        let extraction = PlaceExtractor(gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon).extract(ReportText(text))
        let places = extraction.places.map(\.place.name)
        XCTAssertEqual(places, ["Hwanghae-namdo", "Eilat", "Nikopol", "Guam", "Alaska", "Hawaii", "San Francisco"])
        XCTAssertEqual(Set(extraction.actors.map(\.place.name)), ["Washington", "Beijing", "Tokyo", "Sanaa"])
    }

    /// Ships, mountains, surnames and border lines share names with towns; a country named as its
    /// capital after a locative is the capital.
    func testShipsMountainsSurnamesAndLinesAreNoTowns() {
        let text =
            "The United States said missiles were fired from the submarine USS Florida and that Austin said so. Hezbollah hit "
            + "a base on Mount Meron in Israel. Kotli in Pakistan lies about 30 km from the Line of Control. The crew was taken "
            + "to Djibouti."
        let result = ReportExtraction(text: text, gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon)
        XCTAssertEqual(result.places.map(\.place.name), ["Kotli", "Djibouti"])
        XCTAssertNil(result.distanceClaims.first?.to, "the Line of Control is no place the gazetteer knows")
        XCTAssertNil(result.distanceClaims.first?.verification)
    }

    /// A dateline after a headline or with two cities; a capital named by its country or referred
    /// back to; an aircraft carrier named after a province; a list's earlier far end is no near end.
    func testEveryShipOfAListAndItsLaterBareNameAreShips() {
        let text =
            "The destroyers USS Carney and Mason shot down drones near Hodeidah in Yemen. The Mason then sailed on. "
            + "In the Philippines, the cutters BRP Cabra, Sindangan and Melchora Aquino escorted the ML Kalayaan. "
            + "The Cabra was rammed, and the Kalayaan and the Aquino turned back. Sailors rested in Sindangan."
        let result = ReportExtraction(text: text, gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon)
        XCTAssertEqual(result.places.map(\.place.name), ["Al Ḩudaydah", "Sindangan"], "only the town after 'in' stays a place")
    }

    func testInitialsTitlesAndParticlesMarkPeople() {
        let text =
            "Gen. A. Burhan visited Marawi in the Philippines. A.M. Kamal said the bridge fell near Wamena in Indonesia. "
            + "Col. Billy dela Rosa and Bishop Edwin dela Peña spoke in Marawi. The U.S. Virgin Islands were calm."
        let result = ReportExtraction(text: text, gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon)
        XCTAssertEqual(Set(result.places.map(\.place.name)), ["Marawi City", "Wamena"])
    }

    func testEventsNamedAfterPlacesAreNoPlaces() {
        let text =
            "A bomb went off in Marawi in the Philippines on the fourth day of the Mindanao Week of Peace. Talks under the "
            + "Minsk Agreements had failed, delegates at the Shangri-La Dialogue said."
        let result = ReportExtraction(text: text, gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon)
        XCTAssertEqual(result.places.map(\.place.name), ["Marawi City"])
    }

    func testNamesWithAndInsideThemAreReadWhole() {
        let text =
            "Militants attacked a post in Jammu and Kashmir, India. Jammu and Kashmir Chief Minister Omar Abdullah spoke. "
            + "Strikes hit Saravan in Sistan and Baluchestan province of Iran. Officials of Russia and Ukraine met in Istanbul."
        let result = ReportExtraction(text: text, gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon)
        XCTAssertEqual(
            result.places.map(\.text), ["Jammu and Kashmir", "Jammu and Kashmir", "Saravan", "Sistan and Baluchestan", "Istanbul"])
        XCTAssertFalse(result.places.contains { $0.place.name == "Jammu" }, "neither half is a town")
    }

    func testARegionsPossessiveBeforeItsPlaceIsARegionOfTheReport() {
        let text =
            "A bomb hit a vehicle in Chhattisgarh's Bijapur district in India. Rebels of the Army of West Papua attacked "
            + "workers in Papua's Nduga regency in Indonesia."
        let names = ReportExtraction(text: text, gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon).places.map(\.place.name)
        XCTAssertTrue(names.contains("Chhattisgarh"), "\(names)")
        // "West" is in the given-name list, but a compass word is no given name: "Papua" is no surname.
        XCTAssertTrue(names.contains("Papua"), "\(names)")
    }

    func testTheStartOfALongerUnknownNameIsNoOtherPlace() {
        let text =
            "Police in Khyber Pakhtunkhwa in Pakistan said militants fled. Pilgrims walk to the "
            + "Amarnath Cave in India. Kharkiv Governor Oleh Syniehubov said Kharkiv in Ukraine was hit."
        let result = ReportExtraction(text: text, gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon)
        // Khyber Pakhtunkhwa is a curated name of Natural Earth's "K.P." now: read whole, never "Khyber" alone.
        XCTAssertEqual(result.places.map(\.place.name), ["K.P.", "Kharkiv", "Kharkiv"], "a place's own name still starts a longer one")
        XCTAssertEqual(result.places.first?.text, "Khyber Pakhtunkhwa")
    }

    func testAppositionsAndFeatureNounsJoinTheirOwnPlaces() throws {
        let ends = { (text: String) -> Set<String> in
            let claim = ReportExtraction(text: text, gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon).distanceClaims.first
            return Set([claim?.from?.place.name, claim?.to?.place.name].compactMap { $0 })
        }
        // "The village" refers back to the last town, not to a region named after its main city (unseen-2).
        XCTAssertEqual(
            ends("Russian forces hit the village of Borova in Ukraine's Kharkiv Oblast. The village is roughly 36 kilometres from Izium."),
            ["Borova", "Izyum"])
        // "outside the city of X" measures from X as "from X" does: the near end is the area the gazetteer
        // lacks, named as such, never the sentence's other place (unseen-11).
        XCTAssertEqual(
            ends("Drones struck the Zargwez area, 15 kilometres outside the city of Sulaymaniyah, and bases in Koy Sanjaq in Iraq."),
            ["Zargwez", "Sulaymaniyah"])
        // "the capital, Port-au-Prince": the capital the apposition names, not one named before.
        XCTAssertEqual(
            ends("Gangs attacked Haiti's town of Mirebalais. Mirebalais lies 30 miles northeast of the capital, Port-au-Prince."),
            ["Mirebalais", "Port-au-Prince"])
        // "the capital Caracas" without a comma names the capital too; "in La Guaira state" locates the
        // town before it, as a region would, and is no end (unseen-12).
        XCTAssertEqual(
            ends("Troops stopped a landing at Macuto, in La Guaira state, 35km from the capital Caracas, in Venezuela."),
            ["Macuto", "Caracas"])
        // A ship's route is no end of the position it was boarded at (unseen-12); a place reached without a
        // route still is ("escaped to Pemba, the provincial capital, about 230 kilometres from Palma").
        XCTAssertEqual(
            ends("The ship was sailing from Lagos to Cape Town when pirates boarded it some 95 nautical miles northwest of Sao Tome."),
            ["São Tomé"])
        XCTAssertEqual(
            ends("Insurgents hit Palma. People escaped by boat to Pemba, the provincial capital, about 230 kilometres from Palma."),
            ["Pemba", "Palma"])
        // A noun for a town refers back to the town named last: as the far end ("from the coastal city",
        // unseen-4) and as the near end when its sentence names no place before the number (unseen-10).
        XCTAssertEqual(
            ends(
                "Drones struck Port Sudan in Sudan. The RSF's positions, on the edge of Khartoum, are 650 kilometres from the coastal city."
            ),
            ["Khartoum", "Port Sudan"])
        XCTAssertEqual(
            ends("Gunmen killed tourists in Bamyan, Afghanistan. They were in the mountainous city, around 180 kilometres from Kabul."),
            ["Bāmyān", "Kabul"])
        // "The site …" with no site named is at the town named last (unseen-10).
        XCTAssertEqual(
            ends("Drones hit an arsenal at Toropets, Russia. The site, which belongs to the army, is about 380 km west of Moscow."),
            ["Toropets", "Moscow"])
        // "N km from X to Y" runs between X and Y (unseen-12).
        XCTAssertEqual(
            ends("Police in Uzbekistan took detainees 200 kilometers from Nukus to Urgench, the regional centre."),
            ["Nukus", "Urganch"])
        // "from the state capital, Akure": a capital with a word before it, named by the apposition.
        XCTAssertEqual(
            ends("Gunmen attacked a church in Owo in Ondo State, Nigeria. Owo lies 50 kilometres from the state capital, Akure."),
            ["Owo", "Akure"])
        // The head of an apposition with its own region inside it; a village named with "the village of".
        XCTAssertEqual(
            ends("Troops left Kati in Mali. Shots hit Kati, a town in the Koulikoro region some 15 kilometres from Bamako."),
            ["Kati", "Bamako"])
        XCTAssertEqual(
            ends("Shells hit Ukraine's Kharkiv region. The village of Borova lies 36 kilometres from the town of Izium."),
            ["Borova", "Izyum"])
        // "from Misrata, a major port city 200 kilometres east of Tripoli": Misrata is the near end, not the Tripoli before it.
        XCTAssertEqual(
            ends(
                "Clashes broke out in Tripoli, Libya. Fighting broke out between Tripoli groups and rivals from Misrata, a major port "
                    + "city 200 kilometres east of Tripoli."),
            ["Misratah", "Tripoli"])
        // "The cantonment lies …" after "Bannu Cantonment"; "The shoal lies …" after "Second Thomas Shoal".
        XCTAssertEqual(
            ends("Militants struck in Bannu Cantonment in Pakistan. The cantonment lies about 200 km south-west of Peshawar."),
            ["Bannu", "Peshawar"])
        XCTAssertEqual(
            ends("Boats sailed to Second Thomas Shoal in the Philippines. The shoal lies about 105 nautical miles southwest of Palawan."),
            ["Second Thomas Shoal", "Palawan"])
    }

    func testARegionThatLocatesAPlaceEndsNoClaim() {
        let claim = { (text: String) in
            ReportExtraction(text: text, gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon).distanceClaims.first
        }
        let regionEnds = { (text: String) -> [String] in
            [claim(text)?.from, claim(text)?.to].compactMap { $0 }.filter { $0.kind == .admin1 || $0.place.kind == .region }.map(\.text)
        }
        // ", in the X region,": the region says where the place before it is; that place is the end.
        let known = claim("Militants struck Bakhmut, in the eastern Donetsk region, about 90 km from Kharkiv.")
        XCTAssertEqual(Set([known?.from?.place.name, known?.to?.place.name].compactMap { $0 }), ["Bakhmut", "Kharkiv"])
        // An unknown town's claim stays unpaired rather than joined to its region's point.
        XCTAssertEqual(regionEnds("Fighters overran a post at Xqzptvor, in the Donetsk region, about 60 km north of Mariupol."), [])
        // "the capital of X province, which lies …": the capital is meant, never the province.
        XCTAssertEqual(
            regionEnds("Families fled Avdiivka for Kramatorsk, the capital of the Donetsk region, which lies about 40 km away."), [])
        // A region that is itself the subject still ends its claim.
        XCTAssertEqual(regionEnds("The Belgorod region lies about 40 km from Kharkiv."), ["Belgorod"])
    }

    func testEndsTheGazetteerLacksAreNamedAndNeverVerified() throws {
        let claim = { (text: String) in
            ReportExtraction(text: text, gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon).distanceClaims.first
        }
        // Made-up names: no gazetteer has them, as no town gazetteer has most villages of a report.
        for (text, ends, unlisted) in [
            (
                "The convoy was bound for the town of Djibo, a little more than 20 km (12 miles) from Qzvarno.", ["Djibo", "Qzvarno"],
                ["Qzvarno"]
            ),
            ("The attack hit the village of Xqzptvor, about 40 kilometres northeast of Beni.", ["Xqzptvor", "Beni"], ["Xqzptvor"]),
            ("Wqelta Tenx lies about 570 km north of Addis Ababa in Ethiopia.", ["Wqelta Tenx", "Addis Ababa"], ["Wqelta Tenx"]),
            ("A drone struck a car in Qzvarno, some 20 kilometres from Kharkiv.", ["Qzvarno", "Kharkiv"], ["Qzvarno"]),
            ("Mortars hit the Qzvarno camp for displaced people, three kilometres from Goma.", ["Qzvarno camp", "Goma"], ["Qzvarno camp"]),
        ] {
            let found = try XCTUnwrap(claim(text), text)
            XCTAssertEqual([found.from?.text, found.to?.text].compactMap { $0 }, ends, text)
            XCTAssertEqual(found.unlistedEnds, unlisted, text)
            XCTAssertNil(found.verification, "nothing is measured to a name the gazetteer lacks: \(text)")
        }
        // A ship's name after "the", a name after "as", a country's adjective and a sentence's first two
        // names are no ends.
        for text in [
            "The Qzvarno Star, 100 nautical miles north of Aden, was hit.",
            "The attack hit Let Yet Kone, a village also known as Qzvarno, about 110 kilometres northwest of Mandalay.",
            "Qzvarno and Xqzptvor were shelled; the front is about 15 kilometres long.",
        ] {
            XCTAssertEqual(claim(text)?.unlistedEnds ?? [], [], text)
        }
        // A listed place keeps its verification.
        XCTAssertNotNil(claim("Strikes hit Kharkiv, about 40 km from Belgorod.")?.verification)
        // A name the gazetteer has only far away, which the rules rejected as such, is unlisted for the
        // report (Solhan is a town in Turkey; the report's is a village in Burkina Faso: unseen-15).
        let solhan = claim("Gunmen attacked Sebba in Burkina Faso. Solhan lies about 14 km from Sebba, the capital of Yagha province.")
        XCTAssertEqual(solhan?.unlistedEnds, ["Solhan"])
        XCTAssertEqual(solhan?.to?.place.countryCode, "BF")
        // A capitalised stop word inside a sentence is part of the name ("the town of In Amenas").
        XCTAssertEqual(
            claim("The plant lies at Qzvarno, about 40km south-west of the town of In Amenas.")?.unlistedEnds, ["Qzvarno", "In Amenas"])
    }

    func testFeetSizesSpelledMilesAndHowFarABlastWasHeard() throws {
        let claims = { (text: String) in
            ReportExtraction(text: text, gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon).distanceClaims
        }
        let found = claims(
            "The truck bomb left a crater 85 feet wide, and the blast could be heard 20 miles away. The ship sank about one mile off "
                + "Baengnyeong Island. Guards stood 300 feet from the gate.")
        XCTAssertEqual(found.map(\.text), ["85 feet", "20 miles", "one mile", "300 feet"])
        XCTAssertEqual(found.map(\.kind), [.size, .zone, .between, .between])
        XCTAssertEqual(found[0].stated.length.meters, 25.908, accuracy: 1e-9)
        XCTAssertEqual(found[2].stated.length.meters, 1_609.344, accuracy: 1e-9)
        XCTAssertTrue(found.prefix(2).allSatisfy { $0.from == nil && $0.to == nil && $0.verification == nil })
    }

    func testPeopleBeforeSpeechVerbsDepartureVerbsRegionsAndTheirCountries() {
        let places = { (text: String) in
            ReportExtraction(text: text, gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon).places.map(\.name)
        }
        // Two name words alone before a speech verb are a person's name (unseen-15: İzzettin, Turkey).
        XCTAssertEqual(
            places("A bomb hit Suruc in Turkey. The governor of Sanliurfa, Izzettin Kucuk, said it was a suicide attack."),
            ["Suruç", "Şanlıurfa"])
        // A verb of leaving or reaching places the name after it (unseen-15: the destroyer had left Norfolk).
        XCTAssertTrue(places("The destroyer had left Norfolk on August 8 for the Mediterranean.").contains("Norfolk"))
        // "the Xinjiang region" is the region of that name, not the Guangdong town the gazetteer ranks first.
        let xinjiang = ReportExtraction(
            text: "Attackers struck Urumqi, the capital of the Xinjiang region in China.", gazetteer: Self.gazetteer,
            lexicon: ProjectData.lexicon
        ).places
        XCTAssertEqual(xinjiang.map(\.name), ["Ürümqi", "Xinjiang"])
        XCTAssertEqual(xinjiang.last?.place.kind, .region)
        // A megacity's former name wholly unlike its own stands far from the report's places (unseen-23:
        // Bombay); one spelt nearly like another place's name does not (unseen-13: Dili is not Delhi).
        XCTAssertTrue(
            places("The jet left Montreal, Canada, for London, and then for Delhi and Bombay, when it broke up.").contains("Mumbai"))
        XCTAssertFalse(
            places("He had surgery at an Australian base in Dili and was then flown to Darwin, Australia.").contains("Delhi"))
        // Two towns joined by a hyphen before a route's noun are both places (unseen-19: Kinkala), but
        // never a distance claim's end: the road is not where the event was (unseen-16: Durres).
        XCTAssertTrue(places("Rebels attacked a train on the Brazzaville-Kinkala road, police in Brazzaville said.").contains("Kinkala"))
        let route = ReportExtraction(
            text: "Gunmen attacked a bus in Kaya, Burkina Faso, 30 km from Dori on the Kaya-Dori road.", gazetteer: Self.gazetteer,
            lexicon: ProjectData.lexicon)
        XCTAssertEqual(route.places.map(\.name).filter { $0 == "Dori" }.count, 2)
        let ends = Set([route.distanceClaims.first?.from?.start, route.distanceClaims.first?.to?.start].compactMap { $0 })
        XCTAssertEqual(ends, [25, 56], "Kaya and Dori of the sentence, not the road's (68, 73)")
        // A legislature by its own name is a body, not the village spelt so (unseen-23: Congress, Arizona).
        XCTAssertEqual(places("Rockets struck depots, and Congress passed the resolution in Washington."), ["Washington"])
        // A US state the report places names its country: a small town there is no outlier (unseen-15).
        XCTAssertTrue(
            places(
                "KAMPALA, Uganda — Bombs hit a restaurant in Kampala. Members of a church group from Pennsylvania were hurt, among "
                    + "them Kris Sledge of Selinsgrove."
            ).contains("Selinsgrove"))
    }

    func testStatesStreetsPeopleAfterSpeechAndNamedBoundaries() throws {
        let extraction = { (text: String) in ReportExtraction(text: text, gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon) }
        // "Sonora state" is the region (its namesake towns lie in other states); "Islamic State" no region (unseen-16).
        let sonora = extraction("Gunmen ambushed the families near Bavispe, in the mountains of Sonora state, Mexico.").places
        XCTAssertTrue(sonora.contains { $0.kind == .admin1 && $0.place.kind == .region && $0.name == "Sonora" })
        XCTAssertFalse(extraction("Fighters of the Islamic State attacked Raqqa in Syria.").places.contains { $0.kind == .admin1 })
        XCTAssertTrue(
            extraction("Maduro blamed plotters in Colombia and the US state of Florida.").places.contains {
                $0.place.kind == .region && $0.place.countryCode == "US"
            })
        // A street's word before the name (unseen-16: "Avenida Bolivar" in Caracas), which is no given name either.
        XCTAssertEqual(extraction("Drones blew up on Avenida Bolivar in Caracas, Venezuela.").places.map(\.name), ["Caracas"])
        let madrid = try XCTUnwrap(
            extraction("Bombs went off at Atocha station and on Calle Tellez, about 800 metres from Atocha.").distanceClaims.first)
        XCTAssertEqual(madrid.unlistedEnds, ["Calle Tellez"])
        // Two name words right after a speech verb, before a comma, are a person's (unseen-16: Getulio, Philippines).
        XCTAssertFalse(
            extraction("Commandos raided Mamasapano in the Philippines, said Getulio Napenas, the sacked head of the force.").places
                .contains { $0.text == "Getulio" })
        // "south of the Arizona border": the far end is a border, no place; the claim stays from its place.
        let border = try XCTUnwrap(
            extraction("The attack took place near the town of Bavispe, about 100 miles south of the Arizona border.").distanceClaims.first)
        XCTAssertEqual(border.from?.name, "Bavispe")
        XCTAssertNil(border.to)
        XCTAssertNil(border.verification)
        // "a hundred meters" in words.
        XCTAssertEqual(
            extraction("The commandos were pinned down a hundred meters from the river.").distanceClaims.first?.stated.length.meters, 100)
    }

    func testDatelinesCapitalsCarriersAndListsOfShips() {
        let extraction = { (text: String) in
            ReportExtraction(text: text, gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon, resolver: ProjectData.resolver)
        }
        let headline = extraction("BLASTS AT AIR BASE\nKYIV, Aug 9, 2022 - Blasts hit a base in Crimea.")
        XCTAssertEqual(headline.places.first?.evidence, [.dateline])
        // A city in capitals with its country ("NIAMEY, Niger (AP) —"), and a colon's dateline ("KYIV: …").
        let withCountry = extraction("NIAMEY, Niger (Wire) — Soldiers died near Tillia, about 100 km north of the capital.")
        XCTAssertEqual(withCountry.places.first?.evidence.first, .dateline)
        XCTAssertEqual(withCountry.distanceClaims.first?.to?.place.name, "Niamey", "the capital is the dateline's")
        XCTAssertEqual(extraction("KYIV: Drones struck Sumy overnight.").places.first?.evidence.first, .dateline)
        XCTAssertNil(extraction("Warning: drones struck Sumy overnight.").places.first { $0.evidence.contains(.dateline) })
        let twoCities = extraction("MANILA/BEIJING, Dec 10 (Wire) - Ships clashed near Palawan.")
        XCTAssertEqual(twoCities.places.prefix(2).map(\.place.name), ["Manila", "Beijing"])
        let capitals = extraction(
            "Strikes hit the Ukrainian capital. Eilat in Israel is about 1,600 km from Yemen's capital. Drones struck Kosti, 300 km "
                + "south of the capital.")
        XCTAssertEqual(capitals.places.map(\.place.name), ["Kyiv", "Eilat", "Sanaa", "Kosti"])
        XCTAssertEqual(Set([capitals.distanceClaims[0].from?.place.name, capitals.distanceClaims[0].to?.place.name]), ["Eilat", "Sanaa"])
        XCTAssertEqual(capitals.distanceClaims[1].to?.place.name, "Sanaa", "the capital the report last named")
        let carrier = extraction("China sent ships near Taiwan. The Shandong aircraft carrier sailed east.")
        XCTAssertFalse(carrier.places.contains { $0.text == "Shandong" })
        let ships = extraction(
            "Houthis struck the Sea Champion, about 100 nautical miles north of Aden in Yemen, and the Rubymar, some 35 nautical "
                + "miles south of Mokha.")
        XCTAssertNil(ships.distanceClaims.last?.verification, "Aden is the first ship's far end, not the second's near end")
    }

    /// "respectively" pairs each distance with the place at its position in the list.
    func testRespectivelyPairsDistancesWithPlacesInOrder() {
        let text = "Belgorod and Shebekino in Russia lie about 40 km and 7 km from the Ukrainian border respectively."
        let claims = ReportExtraction(text: text, gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon, resolver: ProjectData.resolver)
            .distanceClaims
        XCTAssertEqual(claims.map { $0.from?.place.name }, ["Belgorod", "Shebekino"])
        XCTAssertEqual(claims.map { $0.toArea == nil }, [false, false])
    }

    /// Issue 29: a soft hyphen or a zero-width joiner inside a name made Kharkiv "Khar" (PK), a claim
    /// inconsistent at 3,318 km, and a zero-width space made Belgorod vanish.
    func testInvisibleCharactersInsideNamesDoNotChangeWhatIsRead() {
        let plain = "Missiles struck Kharkiv on Monday, and Belgorod, 70 km from Kharkiv, was hit too."
        for invisible in ["\u{00AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}"] {
            let text = plain.replacingOccurrences(of: "Kharkiv", with: "Khar\(invisible)kiv")
                .replacingOccurrences(of: "Belgorod", with: "Bel\(invisible)gorod")
            let result = ReportExtraction(text: text, gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon)
            let expected = ReportExtraction(text: plain, gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon)
            let label = String(format: "U+%04X", invisible.unicodeScalars.first?.value ?? 0)
            XCTAssertEqual(result.places.map(\.name), expected.places.map(\.name), label)
            XCTAssertEqual(result.places.map(\.start), expected.places.map(\.start), label)
            XCTAssertEqual(
                result.distanceClaims.map { $0.verification?.verdict }, expected.distanceClaims.map { $0.verification?.verdict }, label)
            XCTAssertEqual(result.invisibleCharactersRemoved, 3, label)
            XCTAssertTrue(result.places.contains { $0.name == "Belgorod" }, label)
        }
    }

    /// A name several countries answer to is a country, not the village that shares it: "Congo" was
    /// Congo (BR) on the first run of the unseen reports (issue 24).
    func testANameOfTwoCountriesIsNoPlace() {
        let text = "GOMA, Jan 27 — Rebels entered Goma in eastern Congo on Monday, officials in Kinshasa said."
        let result = ReportExtraction(text: text, gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon)
        XCTAssertFalse(result.places.contains { $0.text == "Congo" }, "\(result.places.map(\.name))")
        XCTAssertTrue(result.places.contains { $0.name == "Goma" })
    }

    /// What one extraction found, as text: places, actors and claims with their offsets and places.
    private func signature(_ extraction: ReportExtraction) -> String {
        "\(extraction.places)|\(extraction.actors)|\(extraction.distanceClaims)"
    }

    /// Gazetteer answers shared across a run's reports change nothing, in any order and at any
    /// capacity: they hold only what the gazetteer would answer again.
    func testSharedGazetteerAnswersChangeNoExtraction() throws {
        let directory = Fixtures.url("corpus/unseen-3")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }.sorted()
        let texts = try names.prefix(12).map { try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8) }
        XCTAssertEqual(texts.count, 12)
        let alone = texts.map { signature(ReportExtraction(text: $0, gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon)) }
        for capacity in [GazetteerAnswers.defaultCapacity, 5] {
            let answers = GazetteerAnswers(capacity: capacity)
            for (index, text) in texts.enumerated().reversed() + texts.enumerated() {
                let shared = ReportExtraction(text: text, gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon, sharedAnswers: answers)
                XCTAssertEqual(signature(shared), alone[index], "\(names[index]) at capacity \(capacity)")
            }
        }
    }

    func testSharedGazetteerAnswersStayWithinTheirCapacity() {
        let answers = GazetteerAnswers(capacity: 2)
        for name in ["a", "b", "c"] { answers.keep([], for: name) }
        XCTAssertEqual(answers.answer(for: "b"), [])
        XCTAssertNil(answers.answer(for: "c"), "a third miss past a capacity of two is not kept")
        let kharkiv = (try? Self.gazetteer.geocode("Kharkiv")) ?? []
        XCTAssertFalse(kharkiv.isEmpty)
        for name in ["Kharkiv", "Kharkov", "Charkiw"] { answers.keep(kharkiv, for: name) }
        XCTAssertEqual(answers.answer(for: "Kharkov")?.first?.place.geonameID, kharkiv.first?.place.geonameID)
        XCTAssertNil(answers.answer(for: "Charkiw"))
    }
}
