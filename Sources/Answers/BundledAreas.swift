import Foundation
import GISFormats
import Gazetteer
import Geodesy

/// The bundled outlines (countries, borders, coasts, first-level regions) that area endpoints are
/// measured to, loaded only when a name turns out to be an area.
public enum BundledAreas {
    /// A resolver over the bundled outlines, redrawn by an occupied-areas file when one is given.
    /// Without `readsFiles` (the server), a `file:` endpoint is refused: a browser must not read the
    /// server's disk.
    public static func resolver(
        _ gazetteer: Gazetteer, occupiedPath: String? = nil, occupier: String? = nil, readsFiles: Bool = true
    ) -> EndpointResolver {
        EndpointResolver(
            gazetteer: gazetteer,
            atlas: {
                let atlas = try countryAtlas()
                guard let occupiedPath else { return atlas }
                return atlas.applying(occupied: try held(occupiedPath, defaultOccupier: occupier, countries: gazetteer.countries))
            },
            regions: {
                let aliases = try DataFiles.locate("gazetteer/region-aliases.tsv")
                return RegionTable(
                    atlas: try packedAtlas(try DataFiles.basemapRegions()),
                    aliasesTSV: try InputFile.text(aliases.path, limit: .report))
            },
            readFile: readsFiles ? areaFile : refuseFile)
    }

    private static func refuseFile(_ path: String) throws -> Data {
        throw InputError(
            description: "'file:\(path)' names a file on the server, which the workbench never reads; use a country, region, "
                + "border or coast, or run `eventmap distance` with the file.")
    }

    /// An area file's GeoJSON (`file:…`, `--occupied`): a .geojson or .json file as it is, any other
    /// dataset GDAL reads (GeoPackage, Shapefile, KML, FlatGeobuf…) translated to GeoJSON by GDAL, so
    /// that every format passes the same checks and limits.
    public static func areaFile(_ path: String) throws -> Data {
        let suffix = URL(fileURLWithPath: path).pathExtension.lowercased()
        if ["geojson", "json"].contains(suffix) { return try InputFile.data(path, limit: .areas) }
        // Refused as for any input before GDAL opens it: not a regular file, or over the limit.
        let size = try InputFile.regularFile(path).size
        guard size <= InputFile.Limit.areas.rawValue else {
            throw InputError(
                description:
                    "\(path) is larger than the limit of \(InputFile.Limit.areas.description) for this input; split it or shorten it.")
        }
        let data: Data
        do {
            data = try GISReader.geoJSON(at: path)
        } catch GISError.severalLayers(_, let layers) {
            throw InputError(
                description: "\(path) has \(layers.count) layers (\(layers.joined(separator: ", "))); an area file holds one: take it out "
                    + "with ogr2ogr (ogr2ogr -f GPKG one.gpkg \(path) \(layers[0])).")
        }
        guard data.count <= InputFile.Limit.areas.rawValue else {
            throw InputError(
                description: "\(path) is larger than \(InputFile.Limit.areas.description) as GeoJSON, the limit for an area file; "
                    + "simplify it (ogr2ogr -simplify) or split it.")
        }
        return data
    }

    public static func held(
        _ path: String, defaultOccupier: String?, countries: CountryTable
    ) throws -> [String: [PlanarPolygon<Geographic>]] {
        try UserAreaFile.occupied(try areaFile(path), path: path, defaultOccupier: defaultOccupier, countries: countries)
    }

    /// The bundled countries with tagged edges (areas.bin): what distances are measured on, and what
    /// small map frames are drawn from.
    /// Read once a process: a map of a border reads it for the line's distance and again for the
    /// detailed outlines it draws (3 MB, checked whole at each read). Copies share their decoded rings.
    public static func countryAtlas() throws -> AreaAtlas {
        try loadedCountryAtlas.withLock { loaded in
            if let loaded { return loaded }
            let atlas = try packedAtlas(try DataFiles.basemapAreas())
            loaded = atlas
            return atlas
        }
    }

    private static let loadedCountryAtlas = LockedValue<AreaAtlas?>(nil)

    private static func packedAtlas(_ url: URL) throws -> AreaAtlas {
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw GazetteerError.dataUnreadable(path: url.path, reason: "the file is missing or unreadable")
        }
        return try AreaAtlas(packed: data, path: url.path)
    }
}
