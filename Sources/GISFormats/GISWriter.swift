import Foundation
import Geodesy
import MapModel

/// Writes a map's features (`FeatureTable`) in a GIS format through GDAL, into memory; the CLI puts the
/// files in place with the run's others. Every layer has its kind's fixed schema (`FeatureKind.fields`,
/// by `shapefileName` in a Shapefile), in longitude/latitude on WGS84.
public enum GISWriter {
    /// The instant every file carries where its format stores one (a GeoPackage's `last_change`, a
    /// dBASE header's date), so that the same map always gives byte-identical files.
    public static let fixedTimestamp = "2000-01-01T00:00:00.000Z"

    /// The files of `map` in `format`, named after the map (`korea-460km.gpkg`, `korea-460km-places.shp`).
    ///
    /// - Throws: `GISError` when GDAL fails or warns.
    public static func files(for map: BriefingMap, format: GISFormat) throws -> [GISFile] {
        let table = FeatureTable(map)
        switch format {
        case .gpkg: return try OGR.write(geoPackage(map, table))
        case .kml: return try OGR.write(kml(map, table))
        case .csv: return try OGR.write(csv(map, table))
        case .gpx: return try OGR.write(gpx(map, table))
        case .fgb, .shp:
            let kinds = FeatureKind.allCases.filter { !table.records($0).isEmpty }
            return try kinds.flatMap { try OGR.write(filePerKind(format, kind: $0, map: map, table: table)) }
        }
    }

    /// A layer per kind, empty ones too, so every GeoPackage has the same tables; the map's title,
    /// subtitle, date and source as dataset metadata.
    private static func geoPackage(_ map: BriefingMap, _ table: FeatureTable) -> VectorDataset {
        let metadata = [("name", map.name), ("title", map.title), ("subtitle", map.subtitle), ("date", map.date), ("source", map.source)]
            .compactMap { key, value in value.map { (key, $0) } }
        return VectorDataset(
            driver: GISFormat.gpkg.driver, fileName: "\(map.name).gpkg", metadata: metadata,
            configuration: [("OGR_CURRENT_DATE", fixedTimestamp)],
            layers: FeatureKind.allCases.map { kind in
                layer(kind, name: kind.rawValue, records: table.records(kind), options: [("DESCRIPTION", "\(map.title): \(kind.rawValue)")])
            })
    }

    /// A folder per kind the map has; each placemark named by its label, described by its note or the
    /// claim's explanation, and styled like the SVG.
    private static func kml(_ map: BriefingMap, _ table: FeatureTable) -> VectorDataset {
        let kinds = FeatureKind.allCases.filter { !table.records($0).isEmpty }
        return VectorDataset(
            driver: GISFormat.kml.driver, fileName: "\(map.name).kml", options: [("NAME", map.title)],
            configuration: [("LIBKML_NAME_FIELD", kmlCaption.name), ("LIBKML_DESCRIPTION_FIELD", kmlCaption.description)],
            layers: kinds.map { kind in
                layer(kind, name: kind.rawValue, records: table.records(kind), caption: kmlCaption, styled: true)
            })
    }

    /// The places as rows, with `latitude` and `longitude` among their fields.
    private static func csv(_ map: BriefingMap, _ table: FeatureTable) -> VectorDataset {
        // Quotes only where the text needs them (a comma, a quote, a line break), not around numbers.
        let options = [("LINEFORMAT", "LF"), ("STRING_QUOTING", "IF_NEEDED")]
        var places = layer(.places, name: map.name, records: table.places, options: options)
        places.geometryType = .none
        places.features = places.features.map { VectorFeature(geometry: nil, values: $0.values) }
        return VectorDataset(driver: GISFormat.csv.driver, fileName: "\(map.name).csv", layers: [places])
    }

    /// Places as waypoints and lines as routes (GPX has no areas). Fields that GPX has an element for
    /// are written as that element (`gpxFieldNames`); a route is named by its label, or its two ends;
    /// the other fields go into GDAL's GPX extensions.
    private static func gpx(_ map: BriefingMap, _ table: FeatureTable) -> VectorDataset {
        var waypoints = layer(.places, name: "waypoints", records: table.places)
        waypoints.fields = renamed(waypoints.fields, gpxFieldNames[.places] ?? [:])
        var routes = layer(.lines, name: "routes", records: table.lines)
        routes.geometryType = .lineString
        routes.fields = [VectorField(name: "name", type: .string)] + renamed(routes.fields, gpxFieldNames[.lines] ?? [:])
        routes.features = zip(routes.features, table.lines).map { feature, record in
            guard case let .lines(pieces) = record.geometry else { return feature }
            return VectorFeature(
                geometry: .lines(GeoMultiLineString([joined(pieces)])), values: [.string(FeatureCaption(record).name)] + feature.values)
        }
        return VectorDataset(
            driver: GISFormat.gpx.driver, fileName: "\(map.name).gpx", options: [("GPX_USE_EXTENSIONS", "YES")],
            layers: [waypoints, routes])
    }

    /// Schema fields a GPX file holds in GPX's own elements, by kind: the note as a waypoint's
    /// description and the role as its type; a claim's statement as the route's comment and its
    /// explanation as the description. (Text in GDAL's extensions has its type guessed when read, and
    /// "460 km" would come back as the number 460.)
    public static let gpxFieldNames: [FeatureKind: [String: String]] = [
        .places: ["note": "desc", "role": "type"], .lines: ["statedText": "cmt", "explanation": "desc"],
    ]

    private static func renamed(_ fields: [VectorField], _ names: [String: String]) -> [VectorField] {
        fields.map { field in
            var renamed = field
            renamed.name = names[field.name] ?? field.name
            return renamed
        }
    }

    /// One Shapefile or FlatGeobuf of one kind. A Shapefile's fields take their short names, its text is
    /// UTF-8 (said in the .cpg) in fields of 254 bytes, the dBASE limit.
    private static func filePerKind(_ format: GISFormat, kind: FeatureKind, map: BriefingMap, table: FeatureTable) -> VectorDataset {
        let name = "\(map.name)-\(kind.rawValue)"
        guard format == .shp else {
            return VectorDataset(
                driver: format.driver, fileName: "\(name).fgb", layers: [layer(kind, name: name, records: table.records(kind))])
        }
        var shapefile = layer(
            kind, name: name, records: table.records(kind),
            options: [("ENCODING", "UTF-8"), ("DBF_DATE_LAST_UPDATE", String(fixedTimestamp.prefix(10)))])
        shapefile.fields = kind.fields.map { field in
            VectorField(name: field.shapefileName, type: field.type, widthCharacters: field.type == .string ? DBaseText.maximumBytes : nil)
        }
        shapefile.features = shapefile.features.map { feature in
            var fitted = feature
            fitted.values = feature.values.map { value in
                if case let .string(text) = value { return .string(DBaseText.fitted(text)) }
                return value
            }
            return fitted
        }
        return VectorDataset(driver: format.driver, fileName: "\(name).shp", layers: [shapefile])
    }

    /// The fields a KML placemark's `<name>` and `<description>` are written from. Not "Name": OGR's
    /// field names ignore case, and a place has a `name` field of its own.
    static let kmlCaption = CaptionFields(name: "kmlName", description: "kmlDescription")

    struct CaptionFields {
        let name: String
        let description: String
    }

    /// A layer of `kind`'s schema holding `records`; `caption` puts each feature's name and description
    /// first, `styled` gives each feature its OGR style string.
    private static func layer(
        _ kind: FeatureKind, name: String, records: [FeatureRecord], caption: CaptionFields? = nil, styled: Bool = false,
        options: [(String, String)] = []
    ) -> VectorLayer {
        let captions = caption.map { [$0.name, $0.description].map { VectorField(name: $0, type: .string) } } ?? []
        let features = records.map { record in
            let captionValues = FeatureCaption(record)
            return VectorFeature(
                geometry: record.geometry,
                values: (caption == nil ? [] : [.string(captionValues.name), text(captionValues.description)]) + record.values,
                style: styled ? KMLStyle.string(record.style) : nil)
        }
        return VectorLayer(
            name: name, geometryType: geometryType(kind.geometryType),
            fields: captions + kind.fields.map { VectorField(name: $0.name, type: $0.type) }, options: options, features: features)
    }

    private static func geometryType(_ type: FeatureGeometryType) -> VectorGeometryType {
        switch type {
        case .point: return .point
        case .lines: return .multiLineString
        case .polygons: return .multiPolygon
        }
    }

    /// A line split at ±180° as one line again, for GPX, whose routes are point lists a receiver follows
    /// across the antimeridian: the second of each pair of seam points (the same place) is left out.
    static func joined(_ pieces: GeoMultiLineString) -> GeoLineString {
        var points: [Coordinate] = []
        for piece in pieces.lines {
            var next = piece.coordinates[...]
            if let last = points.last, let first = next.first, abs(abs(last.longitudeDegrees) - 180) < 1e-9,
                abs(abs(first.longitudeDegrees) - 180) < 1e-9, first.latitudeDegrees == last.latitudeDegrees
            {
                next = next.dropFirst()
            }
            points += next
        }
        return GeoLineString(points)
    }

    private static func text(_ value: String?) -> FeatureValue {
        value.map(FeatureValue.string) ?? .null
    }
}
