import Gazetteer
import Reading
import TestSupport
import XCTest

/// Distance claims that run to an area or a border, as reports write them.
final class AreaClaimTests: XCTestCase {
    func claims(_ text: String) -> [DistanceClaimMention] {
        ReportExtraction(text: text, gazetteer: ProjectData.gazetteer, lexicon: ProjectData.lexicon, resolver: ProjectData.resolver)
            .distanceClaims
    }

    func testAClaimToACountryIsVerifiedAgainstItsNearestPoint() throws {
        let claim = try XCTUnwrap(claims("EILAT, Israel -- Eilat, some 1,600 km from Yemen, was targeted again.").first)
        XCTAssertEqual(claim.toArea?.area.label, "Yemen")
        XCTAssertEqual(claim.from?.name, "Eilat")
        XCTAssertEqual(claim.verification?.verdict, .consistent)
        XCTAssertEqual(try XCTUnwrap(claim.verification).computedMeters, 1_587_000, accuracy: 1_000)
    }

    /// A country's name that a capitalised word goes on is a city's ("Guatemala City"), even before an
    /// attribution whose speaker follows its verb (unseen-17).
    func testACityNamedAfterItsCountryIsTheEndNotTheCountry() throws {
        let claim = try XCTUnwrap(
            claims("Bodies were found near Flores, about 400 kilometers north of Guatemala City, said a police chief, Gerson Oliva.")
                .first)
        XCTAssertNil(claim.toArea)
        XCTAssertEqual(claim.to?.name, "Guatemala City")
    }

    /// A place is never measured from itself: the near end of "in Hanoi's My Duc district, 40 km south of
    /// the capital" is the district, which has no entry (unseen-17).
    func testNoClaimJoinsAPlaceToItself() throws {
        let claim = try XCTUnwrap(
            claims("HANOI -- Police clashed with villagers in Hanoi's My Duc district, 40 km south of the capital.").first)
        XCTAssertNil(claim.from)
        XCTAssertEqual(claim.to?.name, "Hanoi")
        XCTAssertNil(claim.verification)
    }

    /// A district named as where a place lies locates it and is no end of the distance told of the place
    /// (unseen-17): "at Lethpora in south Kashmir's Pulwama district, 22 km south of Srinagar".
    func testAContainerGivesWayToThePlaceItContains() throws {
        let lethpora = try XCTUnwrap(
            claims("SRINAGAR -- A bomb hit a bus at Lethpora in south Kashmir's Pulwama district, 22 km south of Srinagar.").first)
        XCTAssertEqual(lethpora.from?.name, "Lethpora")
        XCTAssertEqual(lethpora.from?.kind, .unlisted)
        XCTAssertEqual(lethpora.to?.name, "Srinagar")
        let village = try XCTUnwrap(
            claims("PALU -- Gunmen struck in Lembantongoa village, in the Palolo district of Sigi regency, about 90 km from Palu.").first)
        XCTAssertEqual(village.from?.name, "Lembantongoa")
    }

    /// "respectively 75, 185 and 260 kilometers (46, 114 and 160 miles) north of the capital": every number of
    /// the list shares the last one's unit and far end, and the bracket's figures are the same list (unseen-18).
    func testAListOfNumbersSharesItsUnitAndFarEnd() {
        let found = claims(
            "BANGUI -- The towns of Damara, Sibut and Dekoa, respectively 75, 185 and 260 kilometers (46, 114 and 160 miles) "
                + "north of the capital, were attacked.")
        XCTAssertEqual(found.map(\.stated.length.meters), [75_000, 185_000, 260_000])
        XCTAssertEqual(found.map { $0.from?.name ?? "-" }, ["Damara", "Sibut", "Dekoa"])
        XCTAssertEqual(found.map { $0.to?.name ?? "-" }, ["Bangui", "Bangui", "Bangui"])
    }

    /// A speaker's place is no end of what the speaker reports: "told reporters in London that the vessel
    /// was boarded … 90 nautical miles south of Lagos" (unseen-18).
    func testTheSpeakersPlaceIsNoEndOfWhatIsReported() throws {
        let claim = try XCTUnwrap(
            claims("An official told reporters in London that the tanker was boarded about 90 nautical miles south of Lagos.").first)
        XCTAssertNil(claim.from)
        XCTAssertEqual(claim.to?.name, "Lagos")
    }

    /// Also without "that": "NATO officials in Brussels said the alliance had targeted the bridges, some 180 miles
    /// south of Belgrade" measures the bridges, not Brussels (unseen-21).
    /// "the city of 100,000 people, 30 kilometres south of Managua" refers back to the town the report is
    /// about (unseen-21's Masaya), as "the city, 30 kilometres south of" does.
    func testATownNounWithItsSizeRefersBack() throws {
        let claim = try XCTUnwrap(
            claims(
                "MASAYA, Nicaragua -- Police retook Masaya. Armed men entered the city of 100,000 people, 30 kilometres south of Managua."
            )
            .first)
        XCTAssertEqual(claim.from?.name, "Masaya")
        XCTAssertEqual(claim.to?.name, "Managua")
    }

    func testTheSpeakersPlaceIsNoEndWithoutThat() throws {
        let claim = try XCTUnwrap(
            claims("NATO officials in Brussels said the alliance had targeted the bridges, some 180 miles south of Belgrade.").first)
        XCTAssertNil(claim.from)
        XCTAssertNil(claim.verification)
    }

    /// "half a mile" is a length in words (unseen-17).
    func testHalfAMileIsALength() throws {
        let claim = try XCTUnwrap(claims("NAZRAN, Russia -- Windows were blown out half a mile away.").first)
        XCTAssertEqual(claim.stated.length.meters, 804.672, accuracy: 0.001)
    }

    /// "a mile" and "a kilometre" are lengths ("about a mile from the scene"); "a mile-long convoy" and
    /// "a metre" are not (unseen-19).
    func testAMileIsALengthButNotBeforeAHyphen() throws {
        let found = claims("BELFAST -- The wounded were taken to a hospital about a mile from the scene.")
        XCTAssertEqual(try XCTUnwrap(found.first).stated.length.meters, 1_609.344, accuracy: 0.001)
        XCTAssertTrue(claims("BELFAST -- A mile-long convoy passed a metre from the wall.").isEmpty)
    }

    /// Adjectives before a word for a kind of place and "of" describe the far end ("70 km east of the
    /// mining town of Zouerate"), and an unnamed spot right before the number ("at a rest stop five
    /// kilometers north of Vang Vieng") leaves the near end unnamed (unseen-19).
    func testDescribedFarEndsAndUnnamedSpots() throws {
        let described = try XCTUnwrap(claims("The unit was attacked near Atar, 70 km east of the mining town of Zouerate.").first)
        XCTAssertEqual(described.from?.name, "Atar")
        XCTAssertEqual(described.to?.name, "Zouérat")
        let spot = try XCTUnwrap(
            claims(
                "The road links the capital, Vientiane, with Luang Prabang; gunmen struck at a rest stop 5 km north of Vang Vieng."
            )
            .first)
        XCTAssertNil(spot.from)
        XCTAssertEqual(spot.to?.name, "Vang Vieng")
    }

    func testABareBorderIsReadAsTheReportsTwoCountriesAndMarkedAsAGuess() throws {
        let claim = try XCTUnwrap(
            claims("KYIV -- Russian forces shelled the town, 30 km from the border, Ukrainian officials in Kyiv said.").first)
        XCTAssertEqual(claim.toArea?.area.label, "the Ukraine–Russia border")
        XCTAssertNotNil(claim.toArea?.inference)
    }

    func testAnUnnamedBorderIsNeverPairedWithTheSentencesPlaces() throws {
        let claim = try XCTUnwrap(claims("Troops massed 600 km east of the border, officials in Kyiv and Moscow said.").first)
        // Kyiv (UA) and Moscow (RU) do make a pair of neighbours here, so the border is read as theirs, as a guess;
        // what must not happen is a Kyiv–Moscow distance checked against 600 km.
        XCTAssertNil(claim.to)
        XCTAssertTrue(claim.toArea != nil || claim.unnamedEndpoint != nil)
        let lone = try XCTUnwrap(claims("EILAT, Israel -- The convoy stopped 600 km east of the border.").first)
        XCTAssertEqual(lone.unnamedEndpoint, "the border")
        XCTAssertNil(lone.verification)
    }

    func testAPlaceAfterTheNumberStaysAPlace() throws {
        let claim = try XCTUnwrap(claims("Officials in Kyiv said the city is about 410 km from Kharkiv.").first)
        XCTAssertNil(claim.toArea)
        XCTAssertNil(claim.unnamedEndpoint)
        XCTAssertEqual(Set([claim.from?.name, claim.to?.name].compactMap { $0 }), ["Kyiv", "Kharkiv"])
    }
}
