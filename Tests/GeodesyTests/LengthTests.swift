import XCTest

@testable import Geodesy

final class LengthTests: XCTestCase {
    func testReportSpellingsParseToMetres() throws {
        let cases: [(String, Double)] = [
            ("460 km", 460_000), ("460km", 460_000), ("285 mi", 458_663.04), ("285 miles", 458_663.04),
            ("248 nmi", 459_296), ("248 nautical miles", 459_296), ("460,000 m", 460_000), ("1.2e3 km", 1_200_000),
            ("460 kilometres", 460_000), ("0.5 km", 500), ("1,000.5 km", 1_000_500),
            // Grouped thousands, as reports and other locales write them (a regression: "1 000 km" was 1 km).
            ("1 000 km", 1_000_000), ("1\u{00A0}000 km", 1_000_000), ("1\u{2009}000 km", 1_000_000), ("1\u{202F}000 km", 1_000_000),
            ("1'000 km", 1_000_000), ("1’000 km", 1_000_000), ("12 345 678 m", 12_345_678), ("0.500 km", 500), ("1.0005 km", 1_000.5),
            // Feet, as American reports give short lengths (unseen-15).
            ("85 feet", 25.908), ("300 ft", 91.44), ("1 foot", 0.3048),
        ]
        for (text, meters) in cases {
            XCTAssertEqual(try Length.parse(text).meters, meters, accuracy: 1e-6, text)
        }
    }

    func testBadLengthsNameTheAcceptedUnits() {
        let cases: [(String, String)] = [
            ("-5 km", "The length '-5 km' is negative; give a distance of zero or more."),
            (
                "460 parsecs",
                "The length '460 parsecs' has the unknown unit 'parsecs'; use m, km, mi (statute miles), nmi (nautical miles), ft (feet) "
                    + "or yd (yards)."
            ),
            (
                "",
                "The length is empty; write a number and a unit such as 460 km or 285 mi, using m, km, mi (statute miles), nmi "
                    + "(nautical miles), ft (feet) or yd (yards)."
            ),
            ("1e400 km", "The length '1e400 km' is too large to be a distance on Earth; give at most 40,075 km."),
            (
                "460",
                "The length '460' is not a number with a unit; write a number and a unit such as 460 km or 285 mi, using m, km, mi "
                    + "(statute miles), nmi (nautical miles), ft (feet) or yd (yards)."
            ),
            (
                "4,60 km",
                "The length '4,60 km' is not a number with a unit; write a number and a unit such as 460 km or 285 mi, using m, km, mi "
                    + "(statute miles), nmi (nautical miles), ft (feet) or yd (yards)."
            ),
            (
                "nan km",
                "The length 'nan km' is not a number with a unit; write a number and a unit such as 460 km or 285 mi, using m, km, mi "
                    + "(statute miles), nmi (nautical miles), ft (feet) or yd (yards)."
            ),
        ]
        for (text, message) in cases {
            XCTAssertThrowsError(try Length.parse(text), text) { XCTAssertEqual("\($0)", message) }
        }
    }

    /// Issue 29: "412 km²" was verified as 412 km, and "km!!" read as km.
    func testAreasVolumesAndTrailingJunkAreNotLengths() {
        for text in ["412 km²", "460 km2", "460 km^2", "5 km³", "5 km3", "10 sq km", "10 square miles", "3 cubic km"] {
            XCTAssertThrowsError(try Length.parse(text), text) { error in
                guard case GeodesyError.notALengthUnit = error else { return XCTFail("\(text): \(error)") }
            }
        }
        XCTAssertThrowsError(try Length.parse("412 km²")) {
            XCTAssertEqual(
                "\($0)", "The length '412 km²' is in 'km²', a unit of area or volume, not of distance; give a length such as 460 km.")
        }
        for text in ["460 km!!", "460 km?", "460 km/h", "460 km (approx)", "460 k_m"] {
            XCTAssertThrowsError(try Length.parse(text), text) { error in
                guard case GeodesyError.unreadableLength = error else { return XCTFail("\(text): \(error)") }
            }
        }
        for text in ["460 km.", "248 nautical-miles", "460 Km"] {
            XCTAssertNoThrow(try Length.parse(text), text)
        }
    }

    func testFormattingKeepsOnlyMeaningfulDecimals() {
        XCTAssertEqual(Length(meters: 460_000).formatted(), "460 km")
        XCTAssertEqual(Length(meters: 471_151.461).formatted(), "471.151 km")
        XCTAssertEqual(Length(meters: 458_663.04).formatted(in: .miles), "285 mi")
    }
}
