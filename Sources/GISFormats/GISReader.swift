import Foundation
import Geodesy
import MapModel

/// Reads a user's layer through GDAL: one layer of a file-based vector dataset, reprojected to
/// longitude/latitude on WGS84.
public enum GISReader {
    /// The GDAL drivers a layer may come through: file formats that never reach the network (no WFS,
    /// no VRT that could name a URL, no GML that downloads schemas, no LIBKML network links).
    public static let drivers = [
        "GPKG", "ESRI Shapefile", "FlatGeobuf", "GeoJSON", "GeoJSONSeq", "TopoJSON", "ESRIJSON", "KML", "GPX", "CSV", "OpenFileGDB",
        "MapInfo File",
    ]

    /// One layer read whole, its name in the dataset, and what GDAL warned about.
    public struct Reading: Sendable {
        public let name: String
        public let features: [LayerFeature]
        public let warnings: [String]
    }

    /// - Parameters:
    ///   - path: the dataset, a file or a folder (of Shapefiles, a FileGDB).
    ///   - layer: the layer's name; nil for a dataset of one layer.
    ///   - labelField: a field whose value labels each feature.
    /// - Throws: `GISError` naming the file and GDAL's reason: not a dataset, no such layer or field,
    ///   no geometry, positions that are not longitude/latitude, or more than the limits.
    public static func layer(
        at path: String, named layer: String?, labelField: String?, maximumVertices: Int = MapBuilder.maximumVertices,
        maximumFeatures: Int = MapSpecParser.maximumFeatures
    ) throws -> Reading {
        let read = try OGR.read(
            path: path, layer: layer, labelField: labelField, drivers: drivers, maximumVertices: maximumVertices,
            maximumFeatures: maximumFeatures)
        return Reading(name: read.name, features: read.features, warnings: read.warnings)
    }

    /// A dataset of one layer as RFC 7946 GeoJSON, translated by GDAL, for an area (`file:held.gpkg`,
    /// `--occupied held.shp`) to be read by the same checks as a GeoJSON file.
    /// - Throws: `GISError` naming the file and GDAL's reason.
    public static func geoJSON(at path: String) throws -> Data {
        try OGR.geoJSON(path: path, drivers: drivers)
    }

    /// The rows of a table (a CSV, a GeoPackage, any layer GDAL reads), at most `maximum`.
    /// - Throws: `GISError` naming the file and GDAL's reason.
    public static func table(at path: String, maximum: Int = MapSpecParser.maximumFeatures) throws -> [TableRow] {
        try OGR.table(path: path, drivers: drivers, maximum: maximum)
    }
}

/// One row of a user's table: its number (from 1, a header not counted), its fields' text by name
/// (null fields left out), and its point in longitude/latitude when it has a point geometry.
public struct TableRow: Sendable {
    public let number: Int
    public let fields: [String: String]
    public let point: GeographicPoint?
}
