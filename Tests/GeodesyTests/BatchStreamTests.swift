import Foundation
import TestSupport
import XCTest

@testable import Geodesy

/// The streaming engine: order, line numbers and bounds across chunk seams, on any number of threads.
final class BatchStreamTests: XCTestCase {
    /// Runs `mode` over `input` through files, as the CLI runs it over standard input and output.
    func stream(_ input: [UInt8], _ mode: some BatchMode = GeodSolveBatch(.inverse), threads: Int) throws -> (String, BatchSummary) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("eventmap-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputURL = folder.appendingPathComponent("in.txt"), outputURL = folder.appendingPathComponent("out.txt")
        try Data(input).write(to: inputURL)
        let inputDescriptor = open(inputURL.path, O_RDONLY), outputDescriptor = open(outputURL.path, O_WRONLY | O_CREAT, 0o644)
        defer {
            close(inputDescriptor)
            close(outputDescriptor)
        }
        let summary = try BatchStream(threads: threads).run(mode, input: inputDescriptor, output: outputDescriptor)
        return (try String(contentsOf: outputURL, encoding: .utf8), summary)
    }

    func seededPairs(_ count: Int, seed: UInt64) -> String {
        var generator = SplitMix64(seed: seed)
        var input = ""
        for _ in 0..<count {
            let values = (0..<4).map { index in Double.random(in: index % 2 == 0 ? -90...90 : -180...180, using: &generator) }
            input += values.map { String(format: "%.6f", $0) }.joined(separator: " ") + "\n"
        }
        return input
    }

    func testManyChunksKeepTheirOrderOnAnyNumberOfThreads() throws {
        let input = seededPairs(60_000, seed: 42) + "1 2 3\n" + seededPairs(100, seed: 43)
        XCTAssertGreaterThan(input.utf8.count, 10 * BatchStream.chunkBytes)
        let expected = GeodSolveBatch(.inverse).answer(input)
        for threads in [1, 2, 7] {
            let (output, summary) = try stream(Array(input.utf8), threads: threads)
            XCTAssertEqual(output, expected.output, "\(threads) threads")
            XCTAssertEqual(summary, expected.summary)
            XCTAssertEqual(summary.firstFailure, "line 60001, column 6: expected 4 numbers (lat1 lon1 lat2 lon2), found 3")
        }
    }

    func testShortLinesAreCutIntoBoundedChunks() throws {
        let input = String(repeating: "0 0 0 0 x\n", count: 3 * BatchStream.maximumChunkLines + 5) + "bad\n"
        let (output, summary) = try stream(Array(input.utf8), GeodSolveBatch(.direct, full: true), threads: 2)
        XCTAssertEqual(output, GeodSolveBatch(.direct, full: true).answer(input).output)
        XCTAssertEqual(summary.firstFailure, "line 12294, column 1: lat1 is not a finite decimal number")
    }

    func testATooLongLineIsAnsweredInPlaceWithoutBeingHeld() throws {
        var input = Array("1 2 3 4\n".utf8)
        input += [UInt8](repeating: UInt8(ascii: "7"), count: BatchStream.maximumLineBytes + 300_000) + [0x0A]
        input += Array("5 6 7 8\n9".utf8)
        let (output, summary) = try stream(input, threads: 2)
        let lines = output.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 4)
        XCTAssertEqual(lines[1], "ERROR: line 2: longer than 1048576 bytes; give one geodesic a line")
        XCTAssertEqual(lines[2], GeodSolveBatch(.inverse).answer("5 6 7 8").output.trimmingCharacters(in: .newlines))
        XCTAssertEqual(lines[3], "ERROR: line 4, column 2: expected 4 numbers (lat1 lon1 lat2 lon2), found 1")
        XCTAssertEqual(summary.lines, 4)
    }

    func testAStreamWithoutANewlineIsOneTooLongLine() throws {
        let (output, summary) = try stream([UInt8](repeating: UInt8(ascii: "1"), count: 3_000_000), threads: 2)
        XCTAssertEqual(output, "ERROR: line 1: longer than 1048576 bytes; give one geodesic a line\n")
        XCTAssertEqual(
            summary, BatchSummary(lines: 1, failedLines: 1, firstFailure: "line 1: longer than 1048576 bytes; give one geodesic a line"))
    }

    func testAnEmptyStreamWritesNothing() throws {
        XCTAssertEqual(try stream([], threads: 2).0, "")
    }

    /// A line typed at a terminal is answered before the next is typed, as GeodSolve answers.
    func testEachReadIsAnsweredWithoutWaitingForMore() throws {
        var input: [Int32] = [0, 0], output: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&input), 0)
        XCTAssertEqual(pipe(&output), 0)
        let (inputRead, inputWrite, outputRead, outputWrite) = (input[0], input[1], output[0], output[1])
        let done = DispatchSemaphore(value: 0)
        Thread {
            _ = try? BatchStream(threads: 2).run(GeodSolveBatch(.inverse), input: inputRead, output: outputWrite)
            close(outputWrite)
            done.signal()
        }.start()
        _ = "0 0 0 1\n".withCString { write(inputWrite, $0, 8) }
        var answer = [UInt8](repeating: 0, count: 64)
        let count = answer.withUnsafeMutableBytes { read(outputRead, $0.baseAddress, 64) }
        XCTAssertEqual(String(decoding: answer[0..<max(count, 0)], as: UTF8.self), "90.00000000 90.00000000 111319.491\n")
        close(inputWrite)
        done.wait()
        close(inputRead)
        close(outputRead)
    }

    func testAFullDiskIsAWriteFailure() throws {
        let input = Array(seededPairs(10, seed: 1).utf8)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("eventmap-full-\(UUID().uuidString).txt")
        try Data(input).write(to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputDescriptor = open(folder.path, O_RDONLY), full = open("/dev/full", O_WRONLY)
        defer {
            close(inputDescriptor)
            close(full)
        }
        XCTAssertThrowsError(try BatchStream(threads: 2).run(GeodSolveBatch(.inverse), input: inputDescriptor, output: full)) { error in
            XCTAssertEqual("\(error)", "Cannot write standard output: No space left on device; check the disk or the pipe's reader.")
        }
    }

    /// The outside reference on a stream of many chunks: GeographicLib's GeodSolve on the same file.
    func testStreamedOutputEqualsGeodSolve() throws {
        let input = seededPairs(20_000, seed: 7)
        let (streamed, _) = try stream(Array(input.utf8), threads: 2)
        let geodSolve = Process()
        geodSolve.executableURL = URL(fileURLWithPath: "/usr/bin/GeodSolve")
        geodSolve.arguments = ["-i"]
        let inputPipe = Pipe(), outputPipe = Pipe()
        geodSolve.standardInput = inputPipe
        geodSolve.standardOutput = outputPipe
        try geodSolve.run()
        DispatchQueue.global().async {
            inputPipe.fileHandleForWriting.write(Data(input.utf8))
            try? inputPipe.fileHandleForWriting.close()
        }
        let reference = outputPipe.fileHandleForReading.readDataToEndOfFile()
        geodSolve.waitUntilExit()
        XCTAssertEqual(streamed, String(decoding: reference, as: UTF8.self))
    }
}
