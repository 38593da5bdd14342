import Geodesy
import XCTest

@testable import Gazetteer

/// Kharkiv's GeoNames coordinate 49.98177, 36.25475 is 49°58′54″N 36°15′17″E to the second.
final class CoordinateParserTests: XCTestCase {
    let secondDegrees = 1.0 / 3600

    func assertParses(_ text: String, _ latitude: Double, _ longitude: Double, file: StaticString = #filePath, line: UInt = #line) throws {
        let coordinate = try XCTUnwrap(try CoordinateParser.parse(text), text, file: file, line: line)
        XCTAssertEqual(coordinate.latitudeDegrees, latitude, accuracy: secondDegrees, text, file: file, line: line)
        XCTAssertEqual(coordinate.longitudeDegrees, longitude, accuracy: secondDegrees, text, file: file, line: line)
    }

    func testDecimalAndDegreeMinuteSecondForms() throws {
        try assertParses("49.98177, 36.25475", 49.98177, 36.25475)
        try assertParses("49.98177 36.25475", 49.98177, 36.25475)
        try assertParses("-33.92, 18.42", -33.92, 18.42)
        try assertParses("49°58′54″N 36°15′17″E", 49.98167, 36.25472)
        try assertParses("49 58 54 N 36 15 17 E", 49.98167, 36.25472)
        try assertParses("49°58'54\"N, 36°15'17\"E", 49.98167, 36.25472)
        try assertParses("N49°58′54″ E36°15′17″", 49.98167, 36.25472)
        try assertParses("33°55′S 18°25′E", -33.91667, 18.41667)
        try assertParses("36.25E 49.98N", 49.98, 36.25)
        try assertParses("53.35N 6.26W", 53.35, -6.26)
    }

    func testNamesAreNotCoordinates() throws {
        XCTAssertNil(try CoordinateParser.parse("Kharkiv"))
        XCTAssertNil(try CoordinateParser.parse("Route 66"))
        XCTAssertNil(try CoordinateParser.parse("Nice"))
    }

    func testMalformedCoordinatesAreSentences() {
        let cases: [(String, String)] = [
            (
                "91°N",
                "Coordinate '91°N' is malformed: it needs both a latitude and a longitude; write it like 49.98, 36.25 or 49°58′54″N "
                    + "36°15′17″E."
            ),
            (
                "N 36",
                "Coordinate 'N 36' is malformed: it needs both a latitude and a longitude; write it like 49.98, 36.25 or 49°58′54″N "
                    + "36°15′17″E."
            ),
            ("91 0", "Latitude 91.0 is outside -90…90 degrees; check that latitude comes first (latitude, longitude)."),
            (
                "49 75 0 N 36 0 0 E",
                "Coordinate '49 75 0 N 36 0 0 E' is malformed: minutes and seconds must be between 0 and 60; write it like 49.98, 36.25 "
                    + "or 49°58′54″N 36°15′17″E."
            ),
            (
                "49N 36N",
                "Coordinate '49N 36N' is malformed: both parts are latitudes (N/S); the second must be E or W; write it like 49.98, 36.25 "
                    + "or 49°58′54″N 36°15′17″E."
            ),
            (
                "1 2 3",
                "Coordinate '1 2 3' is malformed: expected 2, 4 or 6 numbers, found 3; write it like 49.98, 36.25 or 49°58′54″N 36°15′17″E."
            ),
            (
                "inf 0",
                "Coordinate 'inf 0' is malformed: NaN and infinity are not coordinates; write it like 49.98, 36.25 or 49°58′54″N "
                    + "36°15′17″E."
            ),
            (
                "nan, 36",
                "Coordinate 'nan, 36' is malformed: NaN and infinity are not coordinates; write it like 49.98, 36.25 or 49°58′54″N "
                    + "36°15′17″E."
            ),
        ]
        for (text, message) in cases {
            XCTAssertThrowsError(try CoordinateParser.parse(text), text) { error in
                XCTAssertEqual("\(error)", message)
            }
        }
    }

    func testEmptyTextIsNotACoordinate() throws {
        XCTAssertNil(try CoordinateParser.parse(""))
    }

    /// "50,45, 30,52" is 41 km from itself depending on the reader: refused, both readings shown.
    func testDecimalCommasThatCouldBeMinutesAreRefused() throws {
        XCTAssertThrowsError(try CoordinateParser.parse("50,45, 30,52")) { error in
            XCTAssertEqual(
                "\(error)",
                "Coordinate '50,45, 30,52' is ambiguous: with decimal commas it is 50.45, 30.52, as degrees and minutes 50.75, 30.86667; "
                    + "write decimal points (50.45, 30.52) or degree and minute signs.")
        }
        XCTAssertEqual(try CoordinateParser.parse("49.98,36.25")?.latitudeDegrees, 49.98)
        XCTAssertEqual(try CoordinateParser.parse("50 45 30 52")?.latitudeDegrees, 50.75)
    }

    func testHexadecimalAndExponentNumbersAreNotCoordinates() {
        XCTAssertThrowsError(try CoordinateParser.parse("0x1p5, 0x1p4")) { error in
            XCTAssertEqual(
                "\(error)",
                "Coordinate '0x1p5, 0x1p4' is malformed: numbers must be plain decimals, without hexadecimal or exponents; "
                    + "write it like 49.98, 36.25 or 49°58′54″N 36°15′17″E.")
        }
        XCTAssertThrowsError(try CoordinateParser.parse("4e1, 3e1"))
        XCTAssertEqual(try CoordinateParser.parse("+49.98, .5")?.longitudeDegrees, 0.5)
    }
}
