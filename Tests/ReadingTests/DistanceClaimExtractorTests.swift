import Reading
import TestSupport
import Verification
import XCTest

final class DistanceClaimExtractorTests: XCTestCase {
    private func claims(_ text: String) -> [DistanceClaimMention] {
        DistanceClaimExtractor(lexicon: ProjectData.lexicon).claims(in: ReportText(text), places: [])
    }

    /// The claim pattern is built from the lexicon's hedges and Geodesy's unit table, so every hedge
    /// `verify` understands is found in text too.
    func testEveryHedgeAndUnitSpellingIsFound() {
        let cases: [(String, String, StatedDistance.Qualifier)] = [
            ("The missile flew no more than 300 km east.", "no more than 300 km", .atMost),
            ("It travelled in excess of 1,000 kilometres.", "in excess of 1,000 kilometres", .atLeast),
            ("A drone flew circa 40 nautical miles.", "circa 40 nautical miles", .approximately),
            ("The launch site lies about 460km (285 miles) away.", "about 460km", .approximately),
        ]
        for (text, found, qualifier) in cases {
            let claim = claims(text).first
            XCTAssertEqual(claim.map { $0.text.hasPrefix(found) }, true, text)
            XCTAssertEqual(claim?.stated.qualifier, qualifier, text)
        }
    }

    /// Grouped thousands ("1 000 km", with a no-break space too) are one number, and a compound
    /// adjective ("a 2,000-km flight", "a 300-kilometre-range missile") is a length and a kind.
    /// A unit's letters going on with a hyphen and a digit name a model: "four Mi-35 helicopters" and
    /// "2 Mi-8s" state no miles (unseen-9).
    func testModelDesignationsAreNoLengths() {
        XCTAssertEqual(claims("Two of four Mi-35 helicopters fired, 2 Mi-8 landed and the troops walked 20 km.").map(\.text), ["20 km"])
        XCTAssertEqual(claims("It flew four mi-east of the town, then 3 mi.").map(\.text), ["four mi", "3 mi"])
    }

    func testGroupedThousandsAndCompoundAdjectives() {
        let found = claims("It flew 1 000 km, then 1\u{00A0}200 km. A 2,000-km flight. A 300-kilometre-range missile.")
        XCTAssertEqual(found.map(\.stated.length.meters), [1_000_000, 1_200_000, 2_000_000, 300_000])
        XCTAssertEqual(found.suffix(2).map(\.kind), [.flight, .flight])
    }
}
