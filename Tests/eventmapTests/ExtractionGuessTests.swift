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
