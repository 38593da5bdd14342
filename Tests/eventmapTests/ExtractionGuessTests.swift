import Answers
import Reading
import TestSupport
import XCTest

/// A place `extract` reaches only by a derived spelling is marked as a guess in the text and JSON
/// answers, as `geocode` marks it; a listed name carries no mark.
final class ExtractionGuessTests: XCTestCase {
    func testATransliterationIsMarkedAndAListedNameIsNot() throws {
        let extraction = ReportExtraction(
            text: "SRINAGAR, India -- Shells fell near Baramulla and in Kharkiv on Monday.", gazetteer: ProjectData.gazetteer,
            lexicon: ProjectData.lexicon)
        let baramulla = try XCTUnwrap(extraction.places.first { $0.text == "Baramulla" })
        XCTAssertEqual(baramulla.guess, .transliteration)
        XCTAssertNil(try XCTUnwrap(extraction.places.first { $0.text == "Kharkiv" }).guess)
        let text = ExtractionReport.text(extraction, explaining: false)
        XCTAssertTrue(text.contains("Baramulla → Bāramūla (IN) [after 'near'"), text)
        XCTAssertTrue(text.split(separator: "\n").contains { $0.contains("Baramulla") && $0.hasSuffix("— transliteration guess") }, text)
        XCTAssertFalse(text.split(separator: "\n").contains { $0.contains("Kharkiv →") && $0.contains("guess") }, text)
        let json = try JSONOutput.line(ExtractionReport(extraction, explaining: false))
        XCTAssertEqual(json.components(separatedBy: "\"guess\":\"transliteration\"").count - 1, 1, json)
    }
}

/// A claim is measured to a guessed place only when guesses are accepted (`--accept-guesses`), as the
/// other commands that compute refuse a guess; either way the claim names the guessed end.
final class ExtractionGuessedClaimTests: XCTestCase {
    static let text = "Shells fell on Baramulla, about 55 km from Srinagar."

    func testAGuessedEndIsNotVerifiedUnlessAccepted() throws {
        let refused = ReportExtraction(text: Self.text, gazetteer: ProjectData.gazetteer, lexicon: ProjectData.lexicon)
        let claim = try XCTUnwrap(refused.distanceClaims.first)
        XCTAssertEqual(claim.from?.name, "Bāramūla")
        XCTAssertEqual(claim.to?.name, "Srinagar")
        XCTAssertNil(claim.verification)
        XCTAssertEqual(claim.guessedEnds.map(\.name), ["Bāramūla"])
        let text = ExtractionReport.text(refused, explaining: false)
        XCTAssertTrue(
            text.contains("about 55 km: between Bāramūla and Srinagar; Bāramūla is a transliteration guess, so not verified"), text)
        let json = try JSONOutput.line(ExtractionReport(refused, explaining: false))
        XCTAssertTrue(json.contains("\"guessedEnds\":[\"Bāramūla\"]"), json)
        XCTAssertFalse(json.contains("\"verification\":{"), json)

        let accepted = ReportExtraction(
            text: Self.text, gazetteer: ProjectData.gazetteer, lexicon: ProjectData.lexicon, acceptsGuesses: true)
        let verified = try XCTUnwrap(accepted.distanceClaims.first)
        XCTAssertNotNil(verified.verification)
        XCTAssertTrue(
            ExtractionReport.text(accepted, explaining: false).contains("(accepted: Bāramūla is a transliteration guess)"))
    }

    func testAListedEndIsVerifiedWithoutAcceptingGuesses() throws {
        let extraction = ReportExtraction(
            text: "Shells fell on Kramatorsk, about 90 km from Kharkiv.", gazetteer: ProjectData.gazetteer, lexicon: ProjectData.lexicon)
        let claim = try XCTUnwrap(extraction.distanceClaims.first)
        XCTAssertTrue(claim.guessedEnds.isEmpty)
        XCTAssertNotNil(claim.verification)
    }
}
