/// Why a GIS file could not be written, or a user's dataset not read: each names the file, with
/// GDAL's own reason where GDAL gave one.
public enum GISError: Error, Equatable, Sendable, CustomStringConvertible {
    /// GDAL failed, or warned (which would leave a file unlike the schema), while writing `file`.
    case writeFailed(file: String, reason: String)
    /// GDAL cannot open the dataset: not a format it reads, or a damaged file.
    case unreadable(path: String, reason: String)
    case noLayers(path: String)
    case severalLayers(path: String, layers: [String])
    case unknownLayer(path: String, layer: String, layers: [String])
    case unknownField(path: String, layer: String, field: String, fields: [String])
    case noGeometry(path: String, layer: String)
    /// Positions beyond ±540° or ±90°: a layer in metres without a coordinate system.
    case notLongitudeLatitude(path: String, layer: String)
    /// More features or vertices than a map draws; `what` is the limit ("500000 vertices").
    case tooLarge(path: String, layer: String, what: String)
    /// GDAL opened the dataset but failed while reading the layer.
    case readFailed(path: String, layer: String, reason: String)
    /// libgdal could not be loaded (it is loaded on first use, not at start).
    case gdalUnavailable(reason: String)

    public var description: String {
        switch self {
        case let .gdalUnavailable(reason):
            return "GDAL, which writes and reads the GIS formats, could not be loaded (\(reason)); install libgdal-dev "
                + "(scripts/setup does), or use --format geojson,svg,png."
        case let .writeFailed(file, reason):
            return
                "GDAL could not write \(file) (\(Self.trimmed(reason))); nothing was written, so report this with the spec that caused it."
        case let .unreadable(path, reason):
            return "\(path) is not a dataset GDAL can read (\(Self.trimmed(reason))); give a GeoPackage, Shapefile, GeoJSON, "
                + "FlatGeobuf, KML, GPX or CSV file."
        case let .noLayers(path):
            return "\(path) has no layers; give a dataset with the features to draw."
        case let .severalLayers(path, layers):
            return "\(path) has \(layers.count) layers (\(Self.list(layers))); choose one with layer:."
        case let .unknownLayer(path, layer, layers):
            return "\(path) has no layer '\(layer)'; its layers are \(Self.list(layers))."
        case let .unknownField(path, layer, field, fields):
            return "The layer '\(layer)' of \(path) has no field '\(field)' for label-field; its fields are "
                + "\(fields.isEmpty ? "none" : Self.list(fields))."
        case let .noGeometry(path, layer):
            return "The layer '\(layer)' of \(path) has no geometry; give a layer of points, lines or areas (a CSV needs a WKT column)."
        case let .notLongitudeLatitude(path, layer):
            return "The layer '\(layer)' of \(path) has positions that are not longitudes and latitudes and no coordinate system to "
                + "say what they are; give it one (ogr2ogr -a_srs EPSG:…)."
        case let .tooLarge(path, layer, what):
            return "The layer '\(layer)' of \(path) has more than \(what), more than a map draws; simplify it (ogr2ogr -simplify) "
                + "or clip it to the map (ogr2ogr -clipsrc)."
        case let .readFailed(path, layer, reason):
            return "GDAL could not read the layer '\(layer)' of \(path) (\(Self.trimmed(reason))); check the file, or save it again "
                + "with ogr2ogr."
        }
    }

    private static func trimmed(_ reason: String) -> String {
        reason.hasSuffix(".") ? String(reason.dropLast()) : reason
    }

    /// Names as a list, the first 10 of a longer one.
    private static func list(_ names: [String]) -> String {
        names.count > 10 ? names.prefix(10).joined(separator: ", ") + " and \(names.count - 10) more" : names.joined(separator: ", ")
    }
}
