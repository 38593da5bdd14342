import ArgumentParser
import Foundation
import GISFormats
import Gazetteer
import Geodesy
import MapModel

extension MapSpec.Borders: ExpressibleByArgument {}

/// A user's file of territory held by another state (`--occupied`, `--occupier`): what de facto
/// borders are drawn from, since eventmap bundles no such layer.
struct OccupiedOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "A file of territory held by another state (GeoJSON, or any GDAL dataset), for de facto borders.", valueName: "file"))
    var occupied: String?

    @Option(help: "The ISO code of the state holding --occupied territory, for features without an \"occupier\" property.")
    var occupier: String?

    /// A resolver over `gazetteer` that loads the outlines (and, when `deFacto`, the occupied file)
    /// only when a name is an area.
    func resolver(_ gazetteer: Gazetteer, deFacto: Bool) -> EndpointResolver {
        Self.resolver(gazetteer, occupiedPath: deFacto ? occupied : nil, occupier: occupier)
    }

    /// A resolver over the bundled outlines, redrawn by an occupied-areas file when one is given.
    static func resolver(_ gazetteer: Gazetteer, occupiedPath: String? = nil, occupier: String? = nil) -> EndpointResolver {
        EndpointResolver(
            gazetteer: gazetteer,
            atlas: {
                let atlas = try bundledAtlas()
                guard let occupiedPath else { return atlas }
                return atlas.applying(occupied: try held(occupiedPath, defaultOccupier: occupier, countries: gazetteer.countries))
            },
            regions: {
                let aliases = try DataFiles.locate("gazetteer/region-aliases.tsv")
                return RegionTable(
                    atlas: try packedAtlas(try DataFiles.basemapRegions()),
                    aliasesTSV: try InputFile.text(aliases.path, limit: .report))
            },
            readFile: areaFile)
    }

    /// An area file's GeoJSON (`file:…`, `--occupied`): a .geojson or .json file as it is, any other
    /// dataset GDAL reads (GeoPackage, Shapefile, KML, FlatGeobuf…) translated to GeoJSON by GDAL, so
    /// that every format passes the same checks and limits.
    static func areaFile(_ path: String) throws -> Data {
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

    /// The occupied file's polygons by holder, for shading a de facto map.
    func heldTerritory(countries: CountryTable) throws -> [String: [PlanarPolygon<Geographic>]] {
        guard let occupied else { return [:] }
        return try Self.held(occupied, defaultOccupier: occupier, countries: countries)
    }

    private static func held(
        _ path: String, defaultOccupier: String?, countries: CountryTable
    ) throws -> [String: [PlanarPolygon<Geographic>]] {
        try UserAreaFile.occupied(try areaFile(path), path: path, defaultOccupier: defaultOccupier, countries: countries)
    }

    private static func bundledAtlas() throws -> AreaAtlas {
        try packedAtlas(try DataFiles.basemapAreas())
    }

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

/// How area endpoints are drawn, shared by the commands that measure (`distance`, `verify`):
/// borders as the UN recognises them, or as a user's occupied-areas file moves them.
struct AreaOptions: ParsableArguments {
    @Option(help: "de-jure (the default: Crimea in Ukraine) or de-facto (with --occupied: measure to the line of control).")
    var borders: MapSpec.Borders = .deJure

    @OptionGroup var held: OccupiedOptions

    func validate() throws {
        if borders == .deFacto, held.occupied == nil {
            throw ValidationError("--borders de-facto needs --occupied FILE, a GeoJSON file of the territory held (eventmap bundles none).")
        }
        if held.occupied != nil, borders == .deJure {
            throw ValidationError("--occupied is used only with --borders de-facto; add it, or leave --occupied out.")
        }
    }

    func resolver(_ gazetteer: Gazetteer) -> EndpointResolver {
        held.resolver(gazetteer, deFacto: borders == .deFacto)
    }
}
