/// The GIS formats `render` writes through GDAL, each a GDAL driver, and which feature kinds each holds.
public enum GISFormat: String, CaseIterable, Sendable {
    /// One GeoPackage, a layer per feature kind (empty ones too), with the map's metadata.
    case gpkg
    /// One KML document, a folder per feature kind, styled like the SVG.
    case kml
    /// One FlatGeobuf file per feature kind the map has.
    case fgb
    /// One Shapefile (.shp, .shx, .dbf, .prj, .cpg) per feature kind the map has.
    case shp
    /// One CSV of the places, with their coordinates and properties.
    case csv
    /// One GPX file: places as waypoints, lines as routes.
    case gpx

    /// GDAL's short name of the driver that writes this format.
    var driver: String {
        switch self {
        case .gpkg: return "GPKG"
        case .kml: return "LIBKML"
        case .fgb: return "FlatGeobuf"
        case .shp: return "ESRI Shapefile"
        case .csv: return "CSV"
        case .gpx: return "GPX"
        }
    }

    /// Whether the format holds one file per feature kind (named `<map>-<kind>.<format>`) rather than
    /// one file for the map (`<map>.<format>`).
    public var isFilePerKind: Bool { self == .fgb || self == .shp }
}
