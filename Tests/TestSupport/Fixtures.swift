import Foundation
import XCTest

/// Paths to `Tests/Fixtures/` and golden-file comparison.
///
/// Golden files are regenerated with `EVENTMAP_REGENERATE=1 swift test` (or `make golden`);
/// review the diff before committing.
public enum Fixtures {
    public static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    public static let projectRoot = directory.deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled gazetteer folder, as the CLI would find it.
    public static let gazetteerDirectory = projectRoot.appendingPathComponent("gazetteer")

    /// The example specs' names, `maps/*.yaml` without the extension, sorted: every example gets
    /// golden files without being listed anywhere.
    public static var exampleMapNames: [String] {
        let folder = projectRoot.appendingPathComponent("maps")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(".yaml".count)) }.sorted()
    }

    /// A file of the packed basemap, e.g. "countries.bin" or "admin1-lines.bin".
    public static func basemapFile(_ name: String) -> URL {
        projectRoot.appendingPathComponent("maps/basemap").appendingPathComponent(name)
    }

    public static func url(_ name: String) -> URL {
        directory.appendingPathComponent(name)
    }

    public static func string(_ name: String) throws -> String {
        try String(contentsOf: url(name), encoding: .utf8)
    }

    public static var isRegenerating: Bool {
        ProcessInfo.processInfo.environment["EVENTMAP_REGENERATE"] == "1"
    }

    /// Asserts `actual` equals the golden file `name`, or rewrites it when regenerating.
    public static func assertGolden(
        _ actual: String, named name: String, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let golden = url(name)
        if isRegenerating {
            try FileManager.default.createDirectory(
                at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: golden, encoding: .utf8) else {
            XCTFail("Golden file \(name) is missing; run EVENTMAP_REGENERATE=1 swift test.", file: file, line: line)
            return
        }
        if expected != actual {
            let firstDifference = zip(
                expected.split(separator: "\n", omittingEmptySubsequences: false),
                actual.split(separator: "\n", omittingEmptySubsequences: false)
            )
            .enumerated().first { $0.element.0 != $0.element.1 }
            let where_ =
                firstDifference.map { "line \($0.offset + 1): expected «\($0.element.0)», got «\($0.element.1)»" } ?? "lengths differ"
            XCTFail(
                "Output differs from golden \(name) at \(where_). Regenerate with EVENTMAP_REGENERATE=1 swift test if intended.",
                file: file, line: line)
        }
    }
}
