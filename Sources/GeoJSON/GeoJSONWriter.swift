import Geodesy
import MapModel

/// Writes a `BriefingMap` as an RFC 7946 FeatureCollection: longitude/latitude WGS84, no `crs`,
/// counter-clockwise exteriors, nothing crossing ±180° (the geometry producers guarantee both), a
/// collection `bbox` that crosses the antimeridian when the features do, at most 7 decimals
/// (about 1 cm), and one feature per line so diffs of golden files stay readable. Properties are the
/// fixed schema of each kind (`FeatureTable`), simplestyle properties included.
public enum GeoJSONWriter {
    public static func document(for map: BriefingMap) -> String {
        var members: [(String, JSONText)] = [("type", .string("FeatureCollection")), ("name", .string(map.name))]
        if let bounds = map.featureBounds {
            members.append(("bbox", .array([bounds.west, bounds.south, bounds.east, bounds.north].map(coordinate))))
        }
        members.append(("features", .array(FeatureTable(map).all.map(feature))))
        return JSONText.object(members).serialized(featureLines: true) + "\n"
    }

    private static func feature(_ record: FeatureRecord) -> JSONText {
        let properties = zip(record.kind.fields, record.values).map { field, value in (field.name, json(value, type: field.type)) }
        return .object([
            ("type", .string("Feature")), ("id", .string(record.id)), ("geometry", geometry(record.geometry)),
            ("properties", .object(properties)),
        ])
    }

    private static func json(_ value: FeatureValue, type: FeatureFieldType) -> JSONText {
        switch value {
        case .null: return .null
        case let .string(text): return .string(text)
        case let .integer(number): return .integer(number)
        case let .boolean(flag): return .bool(flag)
        case let .real(number):
            guard case .real(let decimals) = type else { return .number(number, maximumDecimals: FeatureField.coordinateDecimals) }
            return .number(number, maximumDecimals: decimals)
        }
    }

    /// A Point; a LineString or Polygon for one piece, a MultiLineString or MultiPolygon for several.
    private static func geometry(_ geometry: FeatureGeometry) -> JSONText {
        switch geometry {
        case let .point(point):
            return .object([("type", .string("Point")), ("coordinates", position(point))])
        case let .lines(lines):
            let pieces = lines.lines.map { JSONText.array($0.coordinates.map(position)) }
            return pieces.count == 1
                ? .object([("type", .string("LineString")), ("coordinates", pieces[0])])
                : .object([("type", .string("MultiLineString")), ("coordinates", .array(pieces))])
        case let .polygons(polygons):
            let pieces = polygons.polygons.map { polygon in
                JSONText.array(([polygon.exterior] + polygon.holes).map { .array($0.coordinates.map(position)) })
            }
            return pieces.count == 1
                ? .object([("type", .string("Polygon")), ("coordinates", pieces[0])])
                : .object([("type", .string("MultiPolygon")), ("coordinates", .array(pieces))])
        }
    }

    private static func position(_ point: Coordinate) -> JSONText {
        .array([coordinate(point.longitudeDegrees), coordinate(point.latitudeDegrees)])
    }

    private static func coordinate(_ degrees: Double) -> JSONText {
        .number(degrees, maximumDecimals: FeatureField.coordinateDecimals)
    }
}
