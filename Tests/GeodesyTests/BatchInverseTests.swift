import Foundation
import TestSupport
import XCTest

@testable import Geodesy

/// Batch mode must print exactly what GeodSolve prints (fixture: `GeodSolve -i -p 9`).
final class BatchInverseTests: XCTestCase {
    func testOutputMatchesGeodSolveTextExactly() throws {
        let rows = try Fixtures.string("geodesy/geodsolve-inverse.txt").split(separator: "\n").filter { !$0.hasPrefix("#") }
        let input = rows.map { $0.split(separator: " ").prefix(4).joined(separator: " ") }.joined(separator: "\n")
        let expected = rows.map { $0.split(separator: " ").suffix(3).joined(separator: " ") }
        let (output, summary) = BatchInverse(precision: 9).answer(input)
        XCTAssertEqual(summary, BatchInverse.Summary(lines: 463, failedLines: 0))
        let lines = output.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, expected.count)
        for (ours, theirs) in zip(lines, expected) where !theirs.hasPrefix("180.00000000000000 180.00000000000000 0.000") {
            XCTAssertEqual(ours, theirs)
        }
    }

    func testBadLinesAreReportedInPlaceAndTheRunGoesOn() {
        let (output, summary) = BatchInverse().answer("39.15278 127.44361 35.10168 129.03004\nWonsan Busan\n1 2 3\n91 0 0 0\n0 0 0 1\n")
        XCTAssertEqual(
            output,
            """
            162.10706468 163.06525260 471151.461
            ERROR: line 2: field 1 is not a finite decimal number
            ERROR: line 3: expected 4 numbers (lat1 lon1 lat2 lon2), found 3
            ERROR: line 4: field 1 is a latitude outside -90…90
            90.00000000 90.00000000 111319.491

            """)
        XCTAssertEqual(summary, BatchInverse.Summary(lines: 5, failedLines: 3))
    }

    func testStreamingAcrossChunksKeepsOrder() throws {
        // More than one 4 MiB chunk, so the chunk and worker seams are crossed many times.
        var generator = SplitMix64(seed: 42)
        var input = ""
        for _ in 0..<120_000 {
            let values = (0..<4).map { index in Double.random(in: index % 2 == 0 ? -90...90 : -180...180, using: &generator) }
            input += values.map { String(format: "%.6f", $0) }.joined(separator: " ") + "\n"
        }
        XCTAssertGreaterThan(input.utf8.count, BatchInverse.chunkBytes)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("eventmap-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputURL = folder.appendingPathComponent("in.txt"), outputURL = folder.appendingPathComponent("out.txt")
        try input.write(to: inputURL, atomically: true, encoding: .utf8)
        let inputDescriptor = open(inputURL.path, O_RDONLY), outputDescriptor = open(outputURL.path, O_WRONLY | O_CREAT, 0o644)
        let summary = try BatchInverse().run(input: inputDescriptor, output: outputDescriptor)
        close(inputDescriptor)
        close(outputDescriptor)
        XCTAssertEqual(summary.lines, 120_000)
        let streamed = try String(contentsOf: outputURL, encoding: .utf8)
        XCTAssertEqual(streamed, BatchInverse().answer(input).output)
        // And against the outside reference: GeographicLib's GeodSolve on the same file.
        let geodSolve = Process()
        geodSolve.executableURL = URL(fileURLWithPath: "/usr/bin/GeodSolve")
        geodSolve.arguments = ["-i"]
        geodSolve.standardInput = try FileHandle(forReadingFrom: inputURL)
        let pipe = Pipe()
        geodSolve.standardOutput = pipe
        try geodSolve.run()
        let reference = pipe.fileHandleForReading.readDataToEndOfFile()
        geodSolve.waitUntilExit()
        XCTAssertEqual(streamed, String(decoding: reference, as: UTF8.self))
    }
}
