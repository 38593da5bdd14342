import Foundation
import XCTest

@testable import eventmap

final class OutputTransactionTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("eventmap-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    func testWritesTheWholeFileAndLeavesNoTemporary() throws {
        let target = folder.appendingPathComponent("map.geojson")
        try OutputTransaction.write(Data("old".utf8), to: target)
        try OutputTransaction.write(Data("new".utf8), to: target)
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "new")
        XCTAssertEqual(try contents(), ["map.geojson"])
        let mode = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int
        XCTAssertEqual(mode.map { $0 & 0o077 }, 0o644 & 0o077 & ~Int(Self.umask()), "0644 less the umask, like any new file")
    }

    func testFilesAppearTogetherOrNotAtAll() throws {
        let transaction = OutputTransaction()
        try transaction.stage(Data("{}".utf8), as: folder.appendingPathComponent("map.geojson"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("map.svg"), withIntermediateDirectories: false)
        XCTAssertThrowsError(try transaction.stage(Data("<svg/>".utf8), as: folder.appendingPathComponent("map.svg")))
        transaction.rollback()
        XCTAssertEqual(try contents(), ["map.svg"], "the GeoJSON written before the failure is gone too")
    }

    func testScratchFilesAreRemovedAtCommit() throws {
        let transaction = OutputTransaction()
        let png = folder.appendingPathComponent("map.png")
        _ = try transaction.scratch(Data("<svg/>".utf8), near: png)
        let staged = try transaction.stageEmpty(as: png)
        try Data("png".utf8).write(to: staged)
        try transaction.flush(staged)
        try transaction.commit()
        XCTAssertEqual(try contents(), ["map.png"])
    }

    /// The old scheme's names were `.NAME.EXT.PID.tmp`: symlinks planted there for every PID must
    /// neither be followed nor end up as the output.
    func testPlantedSymlinksAreNeverFollowed() throws {
        let victim = folder.appendingPathComponent("victim.txt")
        try Data("precious".utf8).write(to: victim)
        let pid = ProcessInfo.processInfo.processIdentifier
        for candidate in (pid - 50)...(pid + 50) {
            try FileManager.default.createSymbolicLink(
                atPath: folder.appendingPathComponent(".map.svg.\(candidate).tmp").path, withDestinationPath: victim.path)
        }
        let target = folder.appendingPathComponent("map.svg")
        try OutputTransaction.write(Data("<svg/>".utf8), to: target)
        XCTAssertEqual(try String(contentsOf: victim, encoding: .utf8), "precious")
        let attributes = try FileManager.default.attributesOfItem(atPath: target.path)
        XCTAssertEqual(attributes[.type] as? FileAttributeType, .typeRegular)
    }

    /// Issue 29: `--spec /dev/stdout` run as root replaced the system's /dev/stdout with a file. A
    /// device, FIFO or symlink at a destination is refused (exit 3) and left as it was.
    func testOnlyRegularFilesAreEverReplaced() throws {
        let victim = folder.appendingPathComponent("victim.txt")
        try Data("precious".utf8).write(to: victim)
        let link = folder.appendingPathComponent("link.svg")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: victim.path)
        let fifo = folder.appendingPathComponent("fifo.svg")
        XCTAssertEqual(mkfifo(fifo.path, 0o644), 0)
        let cases: [(URL, String)] = [(link, "a symbolic link"), (fifo, "a FIFO"), (URL(fileURLWithPath: "/dev/null"), "a device")]
        for (target, what) in cases {
            XCTAssertThrowsError(try OutputTransaction.write(Data("<svg/>".utf8), to: target), target.path) { error in
                XCTAssertEqual(
                    "\(error)",
                    "Cannot write \(target.path): it is \(what), which eventmap never replaces; give the path of a regular file "
                        + "(or none), or use --json or the printed output for standard output.")
                XCTAssertEqual(ErrorExitCodes.status(of: error), .ioError)
            }
        }
        XCTAssertEqual(try String(contentsOf: victim, encoding: .utf8), "precious")
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: link.path)[.type] as? FileAttributeType, .typeSymbolicLink)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["fifo.svg", "link.svg", "victim.txt"])
    }

    func testAFolderAtTheDestinationIsAnIOErrorWithASentence() throws {
        let target = folder.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        XCTAssertThrowsError(try OutputTransaction.write(Data("x".utf8), to: target)) { error in
            XCTAssertEqual("\(error)", "Cannot write \(target.path): it is a folder; give a file path instead.")
            XCTAssertEqual(ErrorExitCodes.status(of: error), .ioError)
        }
    }

    func testAMissingFolderIsAnIOErrorAndNothingIsCreated() {
        let target = folder.appendingPathComponent("absent/map.svg")
        XCTAssertThrowsError(try OutputTransaction.write(Data("x".utf8), to: target))
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("absent").path))
    }

    private static func umask() -> mode_t {
        let current = Foundation.umask(0o022)
        _ = Foundation.umask(current)
        return current
    }
}
