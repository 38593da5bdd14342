import Gazetteer
import TestSupport
import XCTest

@testable import Claims

/// Extraction on the reports in Tests/Fixtures/reports: the planted facts are found, the decoys are not.
final class ReportExtractionTests: XCTestCase {
    static let gazetteer = ProjectData.gazetteer

    func extract(_ name: String) throws -> ReportExtraction {
        ReportExtraction(text: try Fixtures.string("reports/\(name).txt"), gazetteer: Self.gazetteer, lexicon: ProjectData.lexicon)
    }

    func testUkrainianStrikesFindPlacesRegionsDatesAndTheLaunchArea() throws {
        let result = try extract("kharkiv-strikes")
        XCTAssertEqual(Set(result.places.map(\.place.geonameID)), [706483, 687700, 578072], "Kharkiv, Zaporizhzhia, Belgorod")
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
}
