import Gazetteer
import Geodesy
import MapModel
import Verification

/// Writes a `BriefingMap` as an RFC 7946 FeatureCollection: longitude/latitude WGS84, no `crs`,
/// counter-clockwise exteriors, nothing crossing ±180° (the geometry producers guarantee both), a
/// collection `bbox` that crosses the antimeridian when the features do, at most 7 decimals
/// (about 1 cm), and one feature per line so diffs of golden files stay readable.
public enum GeoJSONWriter {
    public static let coordinateDecimals = 7
    /// Millimetres for lengths in properties.
    public static let meterDecimals = 3

    public static func document(for map: BriefingMap) -> String {
        var members: [(String, JSONText)] = [("type", .string("FeatureCollection")), ("name", .string(map.name))]
        if let bounds = map.featureBounds {
            members.append(("bbox", .array([bounds.west, bounds.south, bounds.east, bounds.north].map(coordinate))))
        }
        let features =
            map.places.enumerated().map { placeFeature($1, index: $0 + 1) }
            + map.lines.enumerated().map { lineFeature($1, index: $0 + 1) }
            + map.rings.enumerated().map { ringFeature($1, index: $0 + 1) }
            + map.areas.enumerated().map { areaFeature($1, index: $0 + 1) }
        members.append(("features", .array(features)))
        return JSONText.object(members).serialized(featureLines: true) + "\n"
    }

    private static func feature(id: String, geometry: JSONText, properties: [(String, JSONText)]) -> JSONText {
        .object([("type", .string("Feature")), ("id", .string(id)), ("geometry", geometry), ("properties", .object(properties))])
    }

    private static func placeFeature(_ item: MapPlace, index: Int) -> JSONText {
        feature(
            id: "place-\(index)", geometry: .object([("type", .string("Point")), ("coordinates", position(item.place.coordinate))]),
            properties: [
                ("featureType", .string("place")), ("name", .string(item.place.name)), ("label", .string(item.label)),
                ("role", .string(item.role.rawValue)), ("date", .optional(item.date)), ("note", .optional(item.note)),
                ("countryCode", .optional(item.place.countryCode.isEmpty ? nil : item.place.countryCode)),
                ("geonameID", item.place.geonameID.map(JSONText.integer) ?? .null),
            ])
    }

    private static func lineFeature(_ item: MapLine, index: Int) -> JSONText {
        var properties: [(String, JSONText)] = [
            ("featureType", .string("line")), ("from", .string(item.from.name)), ("to", .string(item.to.name)),
            ("label", .optional(item.label)), ("distanceMeters", meters(item.distanceMeters)),
        ]
        // A line to an area ends at its nearest point; say so, and where.
        if item.from.place == nil { properties += [("fromArea", .bool(true))] }
        if item.to.place == nil { properties += [("toArea", .bool(true))] }
        if let claim = item.verification {
            properties += [
                ("statedText", .string(claim.stated.text)), ("statedMeters", meters(claim.stated.length.meters)),
                ("minMeters", meters(claim.minMeters)), ("maxMeters", meters(claim.maxMeters)),
                ("differenceMeters", meters(claim.differenceMeters)),
                ("relativeDifference", .number(claim.relativeDifference, maximumDecimals: 6)),
                ("verdict", .string(claim.verdict.rawValue)), ("explanation", .string(claim.explanation)),
            ]
        }
        let geometry = lineGeometry(item.path.lines.map { JSONText.array($0.coordinates.map(position)) })
        return feature(id: "line-\(index)", geometry: geometry, properties: properties)
    }

    private static func ringFeature(_ item: MapRing, index: Int) -> JSONText {
        let geometry = polygonGeometry(
            item.area.polygons.map { polygon in
                JSONText.array(([polygon.exterior] + polygon.holes).map { .array($0.coordinates.map(position)) })
            })
        return feature(
            id: "ring-\(index)", geometry: geometry,
            properties: [
                ("featureType", .string("ring")), ("centerName", .string(item.center.name)), ("label", .optional(item.label)),
                ("radiusMeters", meters(item.radiusMeters)), ("innerRadiusMeters", item.innerRadiusMeters.map(meters) ?? .null),
                ("fromAzimuthDegrees", item.azimuths.map { .number($0.fromDegrees, maximumDecimals: 6) } ?? .null),
                ("toAzimuthDegrees", item.azimuths.map { .number($0.toDegrees, maximumDecimals: 6) } ?? .null),
            ] + (item.coversWholeEarth ? [("coversWholeEarth", JSONText.bool(true))] : []))
    }

    /// A shaded area as a (Multi)Polygon, exteriors counter-clockwise and holes clockwise whatever
    /// the source's winding; a border or coast as a (Multi)LineString.
    private static func areaFeature(_ item: MapArea, index: Int) -> JSONText {
        func ring(_ points: [GeographicPoint], counterClockwise: Bool) -> JSONText {
            let ordered = (PlanarRing.signedArea(points) > 0) == counterClockwise ? points : points.reversed()
            return .array(ordered.map { .array([coordinate($0.x), coordinate($0.y)]) })
        }
        let geometry =
            item.polygons.isEmpty
            ? lineGeometry(item.lines.map { line in JSONText.array(line.map { .array([coordinate($0.x), coordinate($0.y)]) }) })
            : polygonGeometry(
                item.polygons.map { polygon in
                    JSONText.array(
                        [ring(polygon.exterior, counterClockwise: true)] + polygon.holes.map { ring($0, counterClockwise: false) })
                })
        return feature(
            id: "area-\(index)", geometry: geometry,
            properties: [
                ("featureType", .string(item.isOccupied ? "occupied" : "area")), ("name", .string(item.name)),
                ("label", .string(item.label)),
            ])
    }

    /// A LineString for one line, a MultiLineString for several.
    private static func lineGeometry(_ lines: [JSONText]) -> JSONText {
        lines.count == 1
            ? .object([("type", .string("LineString")), ("coordinates", lines[0])])
            : .object([("type", .string("MultiLineString")), ("coordinates", .array(lines))])
    }

    /// A Polygon for one polygon, a MultiPolygon for several.
    private static func polygonGeometry(_ polygons: [JSONText]) -> JSONText {
        polygons.count == 1
            ? .object([("type", .string("Polygon")), ("coordinates", polygons[0])])
            : .object([("type", .string("MultiPolygon")), ("coordinates", .array(polygons))])
    }

    private static func position(_ point: Coordinate) -> JSONText {
        .array([coordinate(point.longitudeDegrees), coordinate(point.latitudeDegrees)])
    }

    private static func coordinate(_ degrees: Double) -> JSONText {
        .number(degrees, maximumDecimals: coordinateDecimals)
    }

    private static func meters(_ value: Double) -> JSONText {
        .number(value, maximumDecimals: meterDecimals)
    }
}
