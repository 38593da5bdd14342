import Gazetteer
import Reading
import TestSupport
import Verification
import XCTest

final class LexiconTests: XCTestCase {
    func testTheBundledLexiconHasEveryList() {
        let lexicon = ProjectData.lexicon
        XCTAssertTrue(lexicon.locatives.contains("near"))
        XCTAssertTrue(lexicon.stopWords.contains("Monday"))
        XCTAssertEqual(lexicon.months["sept"], 9)
        XCTAssertEqual(lexicon.weekdays.first, "sunday")
        XCTAssertEqual(lexicon.eventActions.first?.action, .debrisFound)
        XCTAssertNil(lexicon.numberWords["dozens"], "a vague count is not a number")
    }

    /// The two lists of region words agree: every word reading takes for a region is one the
    /// gazetteer reads as a region too (plurals as their singular).
    func testReadingsRegionWordsAreTheGazetteers() {
        for word in ProjectData.lexicon.regionWords {
            let singular = AreaReference.regionWords.contains(word) ? word : String(word.dropLast())
            XCTAssertTrue(AreaReference.regionWords.contains(singular), "[region-words] '\(word)' is not in AreaReference.regionWords")
        }
    }

    func testHedgesAreTriedLongestFirst() throws {
        let hedges = ProjectData.lexicon.hedges
        XCTAssertEqual(try StatedDistance.parse("no more than 300 km", hedges: hedges).qualifier, .atMost)
        XCTAssertEqual(try StatedDistance.parse("more than 300 km", hedges: hedges).qualifier, .atLeast)
        XCTAssertEqual(try StatedDistance.parse("just under 300 km", hedges: hedges).qualifier, .nearly)
    }

    func testMalformedFilesAreRefusedWithTheLine() {
        let cases: [(String, String)] = [
            (
                "[locatives]\nin\n[colours]\nred\n",
                "lexicon.txt:3: unknown list [colours]; see the comments at the top of the file for its layout."
            ),
            ("in\n", "lexicon.txt:1: an entry before the first [list] heading; see the comments at the top of the file for its layout."),
            (
                "[locatives]\nin\n",
                "lexicon.txt:1: the list [stop-words] is missing or empty; see the comments at the top of the file for its layout."
            ),
        ]
        for (text, message) in cases {
            XCTAssertThrowsError(try Lexicon(text: text, source: "lexicon.txt")) { XCTAssertEqual("\($0)", message) }
        }
        let bundled = (try? String(contentsOf: Fixtures.projectRoot.appendingPathComponent("gazetteer/lexicon.txt"), encoding: .utf8)) ?? ""
        let broken = bundled.replacingOccurrences(of: "about\tapproximately", with: "about\tcirca-ish")
        XCTAssertThrowsError(try Lexicon(text: broken, source: "lexicon.txt")) { error in
            XCTAssertTrue("\(error)".contains("'about' needs a tab and approximately, nearly, at-least or at-most after it"), "\(error)")
        }
    }
}
