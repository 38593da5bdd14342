import Geodesy
import TestSupport
import XCTest

@testable import Verification

final class StatedDistanceTests: XCTestCase {
    func testPrecisionFollowsTheWrittenDigits() throws {
        let cases: [(String, Double)] = [
            ("460 km", 5_000), ("460.3 km", 50), ("1,000 km", 50_000), ("7 km", 350), ("285 miles", 804.672),
            ("1.2e3 km", 50_000), ("460,000 m", 5_000),
        ]
        for (text, precision) in cases {
            XCTAssertEqual(
                try StatedDistance.parse(text, hedges: ProjectData.lexicon.hedges).precisionMeters, precision, accuracy: 1e-6, text)
        }
    }

    func testHedgesSetTheQualifier() throws {
        let cases: [(String, StatedDistance.Qualifier)] = [
            ("460 km", .approximately), ("about 460 km", .approximately), ("some 460 km", .approximately),
            ("more than 400 km", .atLeast), ("over 400 km", .atLeast), ("at least 400 km", .atLeast),
            ("up to 500 km", .atMost), ("less than 500 km", .atMost), ("nearly 500 km", .nearly), ("~460km", .approximately),
        ]
        for (text, qualifier) in cases {
            XCTAssertEqual(try StatedDistance.parse(text, hedges: ProjectData.lexicon.hedges).qualifier, qualifier, text)
        }
    }

    func testUnreadableStatementsAreSentences() {
        XCTAssertThrowsError(try StatedDistance.parse("about 460 parsecs", hedges: ProjectData.lexicon.hedges)) { error in
            XCTAssertEqual(
                "\(error)",
                "The stated distance 'about 460 parsecs' has the unknown unit 'parsecs'; use m, km, mi (statute miles), nmi (nautical "
                    + "miles), ft (feet) or yd (yards)."
            )
        }
        XCTAssertThrowsError(try StatedDistance.parse("-5 km", hedges: ProjectData.lexicon.hedges)) { error in
            XCTAssertEqual("\(error)", "The stated distance '-5 km' is negative; give a distance of zero or more.")
        }
        XCTAssertThrowsError(try StatedDistance.parse("0 km", hedges: ProjectData.lexicon.hedges)) { error in
            XCTAssertEqual(
                "\(error)", "The stated distance '0 km' is zero, which no two places are apart; give the distance as the report states it.")
        }
        XCTAssertThrowsError(try Tolerance.parse("three percent")) { error in
            XCTAssertEqual("\(error)", "Cannot read the tolerance 'three percent'; give a percentage such as 3% or a length such as 10 km.")
        }
    }

    func testTolerancesParse() throws {
        XCTAssertEqual(try Tolerance.parse("3%"), .relative(0.03))
        XCTAssertEqual(try Tolerance.parse("10 km"), .absolute(Length(meters: 10_000)))
    }
}
