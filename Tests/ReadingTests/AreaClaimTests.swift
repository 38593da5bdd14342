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
