import Foundation
import Gazetteer
import Reading

/// The project's bundled data, loaded once for all tests as the CLI would load it.
public enum ProjectData {
    public static let gazetteer: Gazetteer = {
        do {
            return try Gazetteer.load(directory: Fixtures.gazetteerDirectory)
        } catch {
            fatalError("Tests need the bundled gazetteer: \(error)")
        }
    }()

    /// The de jure country outlines with tagged edges (maps/basemap/areas.bin).
    public static let areas: AreaAtlas = {
        let url = Fixtures.projectRoot.appendingPathComponent("maps/basemap/areas.bin")
        do {
            return try AreaAtlas(packed: try Data(contentsOf: url), path: url.path)
        } catch {
            fatalError("Tests need the packed areas: \(error)")
        }
    }()

    /// Names to places and areas, as the CLI resolves them (files are read from disk).
    /// First-level regions (maps/basemap/regions.bin, gazetteer/region-aliases.tsv).
    public static let regions: RegionTable = {
        let url = Fixtures.projectRoot.appendingPathComponent("maps/basemap/regions.bin")
        let aliases = Fixtures.projectRoot.appendingPathComponent("gazetteer/region-aliases.tsv")
        do {
            return RegionTable(
                atlas: try AreaAtlas(packed: try Data(contentsOf: url), path: url.path),
                aliasesTSV: try String(contentsOf: aliases, encoding: .utf8))
        } catch {
            fatalError("Tests need the packed regions: \(error)")
        }
    }()

    public static var resolver: EndpointResolver {
        EndpointResolver(
            gazetteer: gazetteer, atlas: { areas }, regions: { regions }, readFile: { try Data(contentsOf: URL(fileURLWithPath: $0)) })
    }

    public static let lexicon: Lexicon = {
        let url = Fixtures.projectRoot.appendingPathComponent("gazetteer/lexicon.txt")
        do {
            return try Lexicon.load(from: url).addingGivenNames(
                from: Fixtures.projectRoot.appendingPathComponent("gazetteer/given-names.txt"))
        } catch {
            fatalError("Tests need the bundled lexicon: \(error)")
        }
    }()
}
