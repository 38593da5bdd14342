import Foundation
import Reading
import SVGValidation

/// Finds eventmap's bundled data folders (`gazetteer/`, `maps/`) at run time; libraries are handed
/// what this finds and never look for files themselves.
///
/// Looked for in `$EVENTMAP_HOME` alone when it is set (a folder asked for and unusable is an
/// error, exit 3); otherwise, in order: the folders above the running executable
/// (`.build/release/eventmap` sits two levels below the project root), and the source tree this
/// file was compiled from. The first folder that holds the wanted path wins.
public enum DataFiles {
    /// The bundled gazetteer folder (places.tsv, names.tsv, fuzzy.bin, countries.tsv).
    public static func gazetteerDirectory() throws -> URL {
        try locate("gazetteer/places.tsv").deletingLastPathComponent()
    }

    /// The word lists for reading reports and stated distances (gazetteer/lexicon.txt), with the
    /// given names that tell people from places (gazetteer/given-names.txt).
    public static func lexicon() throws -> Lexicon {
        try wordLists().addingGivenNames(from: try locate("gazetteer/given-names.txt"))
    }

    /// The word lists alone, without the 18,000 given names that only reading reports needs: what a
    /// map spec's stated distances read (their hedges), a quarter of the time of loading both.
    public static func wordLists() throws -> Lexicon {
        try Lexicon.load(from: try locate("gazetteer/lexicon.txt"))
    }

    /// The packed Natural Earth countries (maps/basemap/countries.bin).
    public static func basemapCountries() throws -> URL {
        try locate("maps/basemap/countries.bin")
    }

    /// The unsimplified countries with tagged edges that distances to areas use (maps/basemap/areas.bin).
    public static func basemapAreas() throws -> URL {
        try locate("maps/basemap/areas.bin")
    }

    /// First-level region outlines for distances to regions and shading them (maps/basemap/regions.bin).
    public static func basemapRegions() throws -> URL {
        try locate("maps/basemap/regions.bin")
    }

    /// Rivers and lake centre lines, packed like the region boundaries (maps/basemap/rivers.bin).
    public static func basemapRivers() throws -> URL {
        try locate("maps/basemap/rivers.bin")
    }

    /// Lakes and reservoirs, packed like the countries (maps/basemap/lakes.bin).
    public static func basemapLakes() throws -> URL {
        try locate("maps/basemap/lakes.bin")
    }

    /// The packed first-level region boundaries (maps/basemap/admin1-lines.bin).
    public static func basemapAdmin1Lines() throws -> URL {
        try locate("maps/basemap/admin1-lines.bin")
    }

    /// The SVG 1.1 DTD: Debian's w3c-sgml-lib first, else a copy in maps/svg11-dtd.
    public static func svgDTD() throws -> URL {
        if FileManager.default.fileExists(atPath: SVGValidator.debianDTD.path) { return SVGValidator.debianDTD }
        do {
            return try locate("maps/svg11-dtd/svg11.dtd")
        } catch {
            throw SVGValidationError.dtdMissing
        }
    }

    public static func locate(_ relativePath: String) throws -> URL {
        // A folder the user asked for is used or refused, never silently replaced by the bundled data.
        if let home = ProcessInfo.processInfo.environment["EVENTMAP_HOME"], !home.isEmpty {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: home, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw DataFileMissing(relativePath: relativePath, home: home, homeIsFolder: false)
            }
            let url = URL(fileURLWithPath: home).appendingPathComponent(relativePath)
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw DataFileMissing(relativePath: relativePath, home: home, homeIsFolder: true)
            }
            return try regularFile(url)
        }
        let found = candidateRoots().lazy
            .map { $0.appendingPathComponent(relativePath) }
            .first { FileManager.default.fileExists(atPath: $0.path) }
        guard let found else { throw DataFileMissing(relativePath: relativePath) }
        return try regularFile(found)
    }

    /// `url` when it is a regular file (through symlinks); a FIFO there would hang the run at its
    /// first read, a device would feed it garbage.
    private static func regularFile(_ url: URL) throws -> URL {
        var status = stat()
        guard stat(url.path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            throw IOFailure(
                description: "Cannot read eventmap's data file \(url.path): it is not a regular file (a FIFO, device or folder); "
                    + "restore it from the eventmap folder.")
        }
        return url
    }

    private static func candidateRoots() -> [URL] {
        var roots: [URL] = []
        var directory = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<5 {
            roots.append(directory)
            directory.deleteLastPathComponent()
        }
        // Sources/Answers/DataFiles.swift → project root.
        roots.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())
        return roots
    }
}

/// A bundled data file that no candidate folder holds: an installation problem (exit 3).
public struct DataFileMissing: Error, CustomStringConvertible {
    public let relativePath: String
    /// `$EVENTMAP_HOME` when it was set, and whether it is a folder at all.
    public var home: String? = nil
    public var homeIsFolder = true

    public init(relativePath: String, home: String? = nil, homeIsFolder: Bool = true) {
        self.relativePath = relativePath
        self.home = home
        self.homeIsFolder = homeIsFolder
    }

    public var description: String {
        if let home, !homeIsFolder {
            return "EVENTMAP_HOME is set to '\(home)', which is not a folder; set it to the eventmap folder (the one holding "
                + "gazetteer/ and maps/) or unset it to use the bundled data."
        }
        if let home {
            return "EVENTMAP_HOME is set to '\(home)', which has no \(relativePath); set it to the eventmap folder (the one "
                + "holding gazetteer/ and maps/) or unset it to use the bundled data."
        }
        return "Cannot find eventmap's data file \(relativePath); set EVENTMAP_HOME to the eventmap folder or run the binary "
            + "from its build folder."
    }
}
