import Foundation
import TestSupport
import XCTest

@testable import Geodesy

final class BatchLineParserTests: XCTestCase {
    func testSeparatorsAndSigns() throws {
        let line = try BatchLineParser.parse(" -33.9,\t18.4  +51.5 -0.12\r").get()
        XCTAssertEqual(line.values.0, -33.9)
        XCTAssertEqual(line.values.1, 18.4)
        XCTAssertEqual(line.values.2, 51.5)
        XCTAssertEqual(line.values.3, -0.12)
        XCTAssertNil(line.passthrough)
    }

    func testProblemsNameTheLineColumnAndField() {
        let cases: [(String, String)] = [
            ("", "line 7, column 1: expected 4 numbers (lat1 lon1 lat2 lon2), found 0"),
            ("1 2 nan 4", "line 7, column 5: lat2 is not a finite decimal number"),
            ("1 2 3 inf", "line 7, column 7: lon2 is not a finite decimal number"),
            ("1 2x 3 4", "line 7, column 3: lon1 is not a finite decimal number"),
            ("1 600 3 4", "line 7, column 3: lon1 is outside -540…540"),
            ("-91 2 3 4", "line 7, column 1: lat1 is outside -90…90"),
            ("  1  2", "line 7, column 7: expected 4 numbers (lat1 lon1 lat2 lon2), found 2"),
        ]
        for (line, message) in cases {
            guard case let .failure(problem) = BatchLineParser.parse(line) else { return XCTFail(line) }
            XCTAssertEqual(problem.sentence(line: 7), message, line)
        }
        guard case let .failure(problem) = BatchLineParser.parse("0 0 -541 1", columns: .direct) else { return XCTFail("azimuth") }
        XCTAssertEqual(problem.sentence(line: 2), "line 2, column 5: azi1 is outside -540…540")
        XCTAssertEqual(
            BatchLineParser.Problem.tooLong(limitBytes: 1024).sentence(line: 9), "line 9: longer than 1024 bytes; give one geodesic a line")
    }

    func testColumnsAfterTheFourthAreKeptVerbatim() throws {
        let text = "1 2 3 4  id 42,\tx \r"
        let line = try BatchLineParser.parse(text).get()
        let bytes = Array(text.utf8)
        XCTAssertEqual(String(decoding: bytes[try XCTUnwrap(line.passthrough)], as: UTF8.self), "id 42,\tx ")
        XCTAssertNil(try BatchLineParser.parse("1 2 3 4 \t\r").get().passthrough)
        XCTAssertEqual(try BatchLineParser.parse("1 2 3 4 5", columns: .direct).get().passthrough, 8..<9)
    }

    /// strtod skips white space such as \v and \n; reading a field must never leave the line (a
    /// valgrind report showed reads past the chunk for "45 30 46 \v").
    func testANumberIsReadWithinItsFieldOnly() {
        let text = Array("45 30 46 \u{0B}\n12".utf8)
        let result = text.withUnsafeBufferPointer { BatchLineParser.parse($0.baseAddress!, count: 10, columns: .inverse) }
        guard case let .failure(problem) = result else { return XCTFail("a vertical tab is not a number") }
        XCTAssertEqual(problem, .notANumber(name: "lon2", column: 10))
        let long = "1 2 3 " + String(repeating: "4", count: 200)
        guard case .failure(.notANumber(name: "lon2", column: 7)) = BatchLineParser.parse(long) else { return XCTFail("a 200-digit field") }
    }

    /// The fast path for plain decimals must read every number exactly as strtod does (the definition
    /// GeodSolve's reading follows): seeded decimals of 1 to 20 digits, with and without a point and
    /// sign, and the shapes only strtod reads.
    func testNumbersAreReadExactlyAsStrtodReadsThem() {
        var generator = SplitMix64(seed: 27)
        var texts = ["0", "-0", "+0.5", ".5", "5.", "-.25", "007.10", "1e3", "-2.5E-3", "0x1p3", "123456789012345678", "9007199254740993"]
        for _ in 0..<100_000 {
            let digits = Int.random(in: 1...20, using: &generator)
            var text = String((0..<digits).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
            if Bool.random(using: &generator) {
                text.insert(".", at: text.index(text.startIndex, offsetBy: Int.random(in: 0...digits, using: &generator)))
            }
            if Bool.random(using: &generator) { text = "-" + text }
            texts.append(text)
        }
        for text in texts {
            let bytes = Array(text.utf8) + [0]
            let ours = bytes.withUnsafeBufferPointer { BatchLineParser.number($0.baseAddress!, length: text.utf8.count) }
            let theirs = strtod(text, nil)
            XCTAssertEqual(ours?.bitPattern, theirs.bitPattern, text)
        }
        for text in ["", ".", "-", "+-1", "1.5x", "1..2", "nan", "inf", "1,5"] {
            let bytes = Array(text.utf8) + [0]
            XCTAssertNil(bytes.withUnsafeBufferPointer { BatchLineParser.number($0.baseAddress!, length: text.utf8.count) }, text)
        }
    }
}
