import Foundation
import GISFormats
import GeoJSON
import MapModel
import SVGRender

/// The files a map can be written as: GeoJSON and SVG by eventmap, PNG by rsvg-convert, the rest
/// by GDAL.
public enum MapFormat: String, CaseIterable, Sendable {
    case geojson, svg, png, gpkg, kml, fgb, shp, csv, gpx

    /// The formats GDAL writes, one or several files each.
    public var gis: GISFormat? { GISFormat(rawValue: rawValue) }

    public static let list = allCases.map(\.rawValue).joined(separator: ", ")
}

/// A built map turned into the bytes of the chosen formats, all produced and checked (every SVG
/// against the SVG 1.1 DTD) before anything is written or sent.
public struct MapRendering: Sendable {
    public let map: BriefingMap
    public let geojson: Data?
    /// Also made when only a PNG is wanted: the PNG is drawn from it.
    public let svg: Data?
    /// Feature labels the SVG had no room for.
    public let droppedLabels: [String]
    /// The reference places among them, left off the map with their markers.
    public let droppedPlaces: [String]
    public let gisFiles: [GISFile]

    /// `renderer`: the basemap and font, loaded once by a caller that renders many maps (the server).
    public init(_ map: BriefingMap, formats: [MapFormat], renderer: SVGRenderer? = nil) throws {
        self.map = map
        geojson = formats.contains(.geojson) ? Data(GeoJSONWriter.document(for: map).utf8) : nil
        if formats.contains(.svg) || formats.contains(.png) {
            let validator = BackgroundWork(SVGValidatorFactory.make)
            defer { validator.wait() }
            let drawn = try (renderer ?? BasemapFiles.renderer()).renderReporting(map)
            let rendered = Data(drawn.svg.utf8)
            let issues = try validator.value().validate(rendered)
            guard issues.isEmpty else { throw InvalidSVG(issues: issues) }
            svg = rendered
            droppedLabels = drawn.droppedLabels
            droppedPlaces = drawn.droppedPlaces
        } else {
            svg = nil
            droppedLabels = []
            droppedPlaces = []
        }
        gisFiles = try formats.compactMap(\.gis).flatMap { try GISWriter.files(for: map, format: $0) }
    }

    /// The map's warnings with one for each label left off, as `render` prints them and
    /// `--strict` refuses them.
    public func shownWarnings(adding extra: [String] = []) -> [String] {
        map.warnings + extra
            + droppedLabels.map { label in
                droppedPlaces.contains(label)
                    ? "no room for the label '\(label)'; the place is left off the map with its marker (keep: true keeps the marker)."
                    : "no room for the label '\(label)'; it is left off the map."
            }
    }
}
