import Claims
import Foundation
import SVGValidation

/// Finds eventmap's bundled data folders (`gazetteer/`, `maps/`) at run time; libraries are handed
/// what this finds and never look for files themselves.
///
/// Looked for, in order: `$EVENTMAP_HOME`, the folders above the running executable
/// (`.build/release/eventmap` sits two levels below the project root), and the source tree this
/// file was compiled from. The first folder that holds the wanted path wins.
enum DataFiles {
    /// The bundled gazetteer folder (places.tsv, names.tsv, fuzzy.bin, countries.tsv).
    static func gazetteerDirectory() throws -> URL {
        try locate("gazetteer/places.tsv").deletingLastPathComponent()
    }

    /// The word lists for reading reports and stated distances (gazetteer/lexicon.txt).
    static func lexicon() throws -> Lexicon {
        try Lexicon.load(from: try locate("gazetteer/lexicon.txt"))
    }

    /// The packed Natural Earth countries (maps/basemap/countries.bin).
    static func basemapCountries() throws -> URL {
        try locate("maps/basemap/countries.bin")
    }

    /// The unsimplified countries with tagged edges that distances to areas use (maps/basemap/areas.bin).
    static func basemapAreas() throws -> URL {
        try locate("maps/basemap/areas.bin")
    }

    /// First-level region outlines for distances to regions and shading them (maps/basemap/regions.bin).
    static func basemapRegions() throws -> URL {
        try locate("maps/basemap/regions.bin")
    }

    /// The packed first-level region boundaries (maps/basemap/admin1-lines.bin).
    static func basemapAdmin1Lines() throws -> URL {
        try locate("maps/basemap/admin1-lines.bin")
    }

    /// The SVG 1.1 DTD: Debian's w3c-sgml-lib first, else a copy in maps/svg11-dtd.
    static func svgDTD() throws -> URL {
        if FileManager.default.fileExists(atPath: SVGValidator.debianDTD.path) { return SVGValidator.debianDTD }
        do {
            return try locate("maps/svg11-dtd/svg11.dtd")
        } catch {
            throw SVGValidationError.dtdMissing
        }
    }

    static func locate(_ relativePath: String) throws -> URL {
        let found = candidateRoots().lazy
            .map { $0.appendingPathComponent(relativePath) }
            .first { FileManager.default.fileExists(atPath: $0.path) }
        guard let found else { throw DataFileMissing(relativePath: relativePath) }
        return found
    }

    private static func candidateRoots() -> [URL] {
        var roots: [URL] = []
        if let home = ProcessInfo.processInfo.environment["EVENTMAP_HOME"], !home.isEmpty {
            roots.append(URL(fileURLWithPath: home))
        }
        var directory = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<5 {
            roots.append(directory)
            directory.deleteLastPathComponent()
        }
        // Sources/eventmap/Support/DataFiles.swift → project root.
        roots.append(
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent())
        return roots
    }
}

/// A bundled data file that no candidate folder holds: an installation problem (exit 3).
struct DataFileMissing: Error, CustomStringConvertible {
    let relativePath: String

    var description: String {
        "Cannot find eventmap's data file \(relativePath); set EVENTMAP_HOME to the eventmap folder or run the binary from its build "
            + "folder."
    }
}
