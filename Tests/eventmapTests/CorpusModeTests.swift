import Foundation
import XCTest

@testable import eventmap

/// `extract --jsonl`'s reading: lines of any length in bounded memory, records checked member by
/// member, results in input order on any number of threads.
final class CorpusModeTests: XCTestCase {
    private func lines(_ bytes: String, maximumBytes: Int = 10) throws -> [String] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("eventmap-lines-\(UUID().uuidString)")
        try Data(bytes.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var stream = LineStream(handle: try FileHandle(forReadingFrom: url), name: "test", maximumBytes: maximumBytes)
        var found: [String] = []
        while let line = try stream.next() {
            switch line {
            case let .text(data, number): found.append("\(number):\(String(decoding: data, as: UTF8.self))")
            case let .tooLong(number): found.append("\(number):too long")
            }
        }
        return found
    }

    func testLinesEndAtNewlinesAndOverlongOnesAreSkippedNotHeld() throws {
        XCTAssertEqual(try lines("a\nbb\r\nccc"), ["1:a", "2:bb", "3:ccc"], "CRLF, and a last line without its newline")
        XCTAssertEqual(try lines("a\n0123456789012\nb\n"), ["1:a", "2:too long", "3:b"])
        XCTAssertEqual(try lines("0123456789012"), ["1:too long"], "an overlong last line")
        XCTAssertEqual(try lines(""), [])
        // Longer than a read chunk, so the skipping spans reads.
        let long = String(repeating: "x", count: LineStream.chunkBytes * 2 + 5)
        XCTAssertEqual(try lines("\(long)\nend\n", maximumBytes: 1_000), ["1:too long", "2:end"])
        // Many short lines across chunk edges: each whole, none lost or doubled where a read ends.
        let many = (0..<300_000).map { "line \($0)" }
        XCTAssertGreaterThan(many.joined(separator: "\n").utf8.count, LineStream.chunkBytes * 2)
        XCTAssertEqual(
            try lines(many.joined(separator: "\n") + "\n", maximumBytes: 100), many.enumerated().map { "\($0.offset + 1):\($0.element)" })
    }

    func testRecordsAreCheckedMemberByMember() throws {
        func parse(_ json: String) -> String {
            switch ExtractionRecord.parse(Data(json.utf8)) {
            case let .success(record): return "ok \(record.id) \(record.filed.map { "\($0.timeIntervalSince1970)" } ?? "-")"
            case let .failure(error): return error.reason
            }
        }
        XCTAssertEqual(parse(#"{"id": "a", "text": "t", "url": "ignored"}"#), #"ok text("a") -"#)
        XCTAssertEqual(parse(#"{"id": 7, "text": "t", "dateline": "1970-01-02"}"#), "ok number(7) 86400.0")
        XCTAssertEqual(parse(#"{"id": 7, "text": "t", "dateline": null}"#), "ok number(7) -")
        XCTAssertEqual(parse(#"{"text": "t"}"#), #"it has no "id"; give each document a string or whole-number id"#)
        XCTAssertEqual(parse(#"{"id": true, "text": "t"}"#), #"its "id" is neither a string nor a whole number"#)
        XCTAssertEqual(parse(#"{"id": 1.5, "text": "t"}"#), #"its "id" is neither a string nor a whole number"#)
        XCTAssertEqual(parse(#"{"id": 1, "text": 3}"#), #"its "text" is not a string"#)
        XCTAssertEqual(parse(#"{"id": 1, "text": "t", "dateline": "2024-02-30"}"#), #"its "dateline" is not a day written as 2024-03-03"#)
        XCTAssertEqual(parse("[1]"), #"it is not a JSON object; give {"id": …, "text": …} on each line"#)
        XCTAssertTrue(parse("{").hasPrefix("it is not JSON"))
    }

    func testParallelResultsKeepTheInputOrder() {
        let items = Array(0..<1_000)
        for threads in [1, 2, 8] {
            XCTAssertEqual(OrderedParallelMap.map(items, threads: threads) { $0 * 2 }, items.map { $0 * 2 }, "\(threads) threads")
        }
    }
}
