import Foundation
import XCTest

@testable import eventmap

final class AtomicFileWriterTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("eventmap-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testWritesTheWholeFileAndLeavesNoTemporary() throws {
        let target = folder.appendingPathComponent("map.geojson")
        try AtomicFileWriter.write(Data("old".utf8), to: target)
        try AtomicFileWriter.write(Data("new".utf8), to: target)
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "new")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["map.geojson"])
    }

    func testAFolderAtTheDestinationIsAnIOErrorWithASentence() throws {
        let target = folder.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        XCTAssertThrowsError(try AtomicFileWriter.write(Data("x".utf8), to: target)) { error in
            XCTAssertEqual("\(error)", "Cannot write \(target.path): it is a folder; give a file path instead.")
            XCTAssertEqual(ErrorExitCodes.status(of: error), .ioError)
        }
    }

    func testAMissingFolderIsAnIOErrorAndNothingIsCreated() {
        let target = folder.appendingPathComponent("absent/map.svg")
        XCTAssertThrowsError(try AtomicFileWriter.write(Data("x".utf8), to: target))
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("absent").path))
    }
}
