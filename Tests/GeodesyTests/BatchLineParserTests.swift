import XCTest

@testable import Geodesy

final class BatchLineParserTests: XCTestCase {
    func testSeparatorsAndSigns() throws {
        let values = try BatchLineParser.parse(" -33.9,\t18.4  +51.5 -0.12\r").get()
        XCTAssertEqual(values.0, -33.9)
        XCTAssertEqual(values.1, 18.4)
        XCTAssertEqual(values.2, 51.5)
        XCTAssertEqual(values.3, -0.12)
    }

    func testProblemsNameTheField() {
        let cases: [(String, String)] = [
            ("", "expected 4 numbers (lat1 lon1 lat2 lon2), found 0"),
            ("1 2 3 4 5", "expected 4 numbers (lat1 lon1 lat2 lon2), found 5"),
            ("1 2 nan 4", "field 3 is not a finite decimal number"),
            ("1 2 3 inf", "field 4 is not a finite decimal number"),
            ("1 2x 3 4", "field 2 is not a finite decimal number"),
            ("1 600 3 4", "field 2 is a longitude outside -540…540"),
            ("-91 2 3 4", "field 1 is a latitude outside -90…90"),
        ]
        for (line, message) in cases {
            guard case let .failure(problem) = BatchLineParser.parse(line) else { return XCTFail(line) }
            XCTAssertEqual(problem.description, message, line)
        }
    }

    /// strtod skips white space such as \v and \n; reading a field must never leave the line (a
    /// valgrind report showed reads past the chunk for "45 30 46 \v").
    func testANumberIsReadWithinItsFieldOnly() {
        let text = Array("45 30 46 \u{0B}\n12".utf8)
        let result = text.withUnsafeBufferPointer { BatchLineParser.parse($0.baseAddress!, count: 10) }
        guard case let .failure(problem) = result else { return XCTFail("a vertical tab is not a number") }
        XCTAssertEqual(problem, .notANumber(field: 4))
        let long = "1 2 3 " + String(repeating: "4", count: 200)
        guard case .failure(.notANumber(field: 4)) = BatchLineParser.parse(long) else { return XCTFail("a 200-digit field") }
    }
}
