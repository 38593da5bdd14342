import Foundation
import TestSupport
import XCTest

@testable import Geodesy

/// Batch mode must print exactly what GeodSolve prints (fixtures: `GeodSolve -i -p 9`, `-i -f -p 6`, `-f -p 6`).
final class GeodSolveBatchTests: XCTestCase {
    func testOutputMatchesGeodSolveTextExactly() throws {
        let rows = try Fixtures.string("geodesy/geodsolve-inverse.txt").split(separator: "\n").filter { !$0.hasPrefix("#") }
        let input = rows.map { $0.split(separator: " ").prefix(4).joined(separator: " ") }.joined(separator: "\n")
        let expected = rows.map { $0.split(separator: " ").suffix(3).joined(separator: " ") }
        let (output, summary) = GeodSolveBatch(.inverse, precision: 9).answer(input)
        XCTAssertEqual(summary, BatchSummary(lines: 463, failedLines: 0))
        let lines = output.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, expected.count)
        XCTAssertEqual(lines, expected, "coincident points included: PROJ's azimuths there are GeodSolve's too")
    }

    func testFullOutputMatchesGeodSolveDashF() throws {
        let rows = try Fixtures.string("geodesy/geodsolve-inverse-full.txt").split(separator: "\n").filter { !$0.hasPrefix("#") }
        let fields = rows.map { $0.split(separator: " ").map(String.init) }
        let input = fields.map { $0.prefix(4).joined(separator: " ") }.joined(separator: "\n")
        let full = GeodSolveBatch(.inverse, precision: 6, full: true).answer(input).output.split(separator: "\n").map(String.init)
        let short = GeodSolveBatch(.inverse, precision: 6).answer(input).output.split(separator: "\n").map(String.init)
        XCTAssertEqual(full.count, fields.count)
        for (index, row) in fields.enumerated() {
            XCTAssertEqual(full[index], row.dropFirst(4).joined(separator: " "), "line \(index + 1)")
            XCTAssertEqual(short[index], [row[6], row[9], row[10]].joined(separator: " "), "line \(index + 1)")
        }
    }

    func testBadLinesAreReportedInPlaceWithLineAndColumn() {
        let input = "39.15278 127.44361 35.10168 129.03004\nWonsan Busan\n1 2 3\n91 0 0 0\n0 0 0 1\n"
        let (output, summary) = GeodSolveBatch(.inverse).answer(input)
        XCTAssertEqual(
            output,
            """
            162.10706468 163.06525260 471151.461
            ERROR: line 2, column 1: lat1 is not a finite decimal number
            ERROR: line 3, column 6: expected 4 numbers (lat1 lon1 lat2 lon2), found 3
            ERROR: line 4, column 1: lat1 is outside -90…90
            90.00000000 90.00000000 111319.491

            """)
        XCTAssertEqual(
            summary, BatchSummary(lines: 5, failedLines: 3, firstFailure: "line 2, column 1: lat1 is not a finite decimal number"))
    }

    func testColumnsAfterTheFourthArePassedThroughUnchanged() {
        let input = "39.15278 127.44361 35.10168 129.03004 wonsan-busan\n50.45466,30.5238,49.98177,36.25475,kyiv,kharkiv\r\n0 0 0 1\t \n"
        XCTAssertEqual(
            GeodSolveBatch(.inverse).answer(input).output,
            """
            162.10706468 163.06525260 471151.461 wonsan-busan
            95.11921310 99.52491882 412284.384 kyiv,kharkiv
            90.00000000 90.00000000 111319.491

            """)
        XCTAssertEqual(
            GeodSolveBatch(.inverse, full: true).answer("0 0 0 1 #7\n").output,
            "0.00000000 0.00000000 90.00000000 0.00000000 1.00000000 90.00000000 111319.491 1.00336409 111313.801 "
                + "0.9998466687 0.9998466687 0 #7\n", "GeodSolve -i -f, then the passed-through column")
    }

    func testDirectShortAndFullOutputMatchGeodSolve() throws {
        let rows = try Fixtures.string("geodesy/geodsolve-direct-full.txt").split(separator: "\n").filter { !$0.hasPrefix("#") }
        let fields = rows.map { $0.split(separator: " ").map(String.init) }
        let input = fields.map { $0.prefix(4).joined(separator: " ") }.joined(separator: "\n")
        let (full, summary) = GeodSolveBatch(.direct, precision: 6, full: true).answer(input)
        let short = GeodSolveBatch(.direct, precision: 6).answer(input).output.split(separator: "\n").map(String.init)
        XCTAssertEqual(summary, BatchSummary(lines: 377, failedLines: 0))
        for (index, (line, row)) in zip(full.split(separator: "\n"), fields).enumerated() {
            XCTAssertEqual(String(line), row.dropFirst(4).joined(separator: " "), "line \(index + 1)")
            XCTAssertEqual(short[index], row[7...9].joined(separator: " "), "line \(index + 1)")
        }
    }

    func testBadLinesNameTheDirectColumns() {
        let (output, summary) = GeodSolveBatch(.direct).answer("0 0 600 10\n0 0 90\n0 0 90 ten km\n0 0 90 1e7 id-1\n")
        XCTAssertEqual(
            output,
            """
            ERROR: line 1, column 5: azi1 is outside -540…540
            ERROR: line 2, column 7: expected 4 numbers (lat1 lon1 azi1 s12), found 3
            ERROR: line 3, column 8: s12 is not a finite decimal number
            0.00000000 89.83152841 90.00000000 id-1

            """)
        XCTAssertEqual(summary.failedLines, 3)
    }
}
