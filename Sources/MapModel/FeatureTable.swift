import Gazetteer
import Geodesy

/// A map's features as rows of the fixed schema (`FeatureKind.fields`), each with its geometry and
/// style: what every file format writes, so that GeoJSON, GeoPackage, KML and the rest agree value
/// for value. Numbers are rounded here, once, to their field's decimals.
public struct FeatureTable: Sendable {
    public let places: [FeatureRecord]
    public let lines: [FeatureRecord]
    public let rings: [FeatureRecord]
    public let areas: [FeatureRecord]
    public let boundaries: [FeatureRecord]

    public init(_ map: BriefingMap) {
        places = map.places.enumerated().map { Self.place($1, number: $0 + 1) }
        lines = map.lines.enumerated().map { Self.line($1, number: $0 + 1) }
        rings = map.rings.enumerated().map { Self.ring($1, number: $0 + 1) }
        areas = map.areas.filter { !$0.polygons.isEmpty }.enumerated().map { Self.area($1, number: $0 + 1) }
        boundaries = map.areas.filter(\.polygons.isEmpty).enumerated().map { Self.boundary($1, number: $0 + 1) }
    }

    public func records(_ kind: FeatureKind) -> [FeatureRecord] {
        switch kind {
        case .places: return places
        case .lines: return lines
        case .rings: return rings
        case .areas: return areas
        case .boundaries: return boundaries
        }
    }

    /// Every record, kind by kind in `FeatureKind` order.
    public var all: [FeatureRecord] { FeatureKind.allCases.flatMap(records) }

    private static func place(_ item: MapPlace, number: Int) -> FeatureRecord {
        let place = item.place
        return FeatureRecord(
            kind: .places, number: number, geometry: .point(place.coordinate),
            data: [
                .string("place"), .string(place.name), .string(item.label), .string(item.role.rawValue), text(item.date), text(item.note),
                .real(place.coordinate.latitudeDegrees), .real(place.coordinate.longitudeDegrees),
                text(place.countryCode.isEmpty ? nil : place.countryCode), text(place.country), text(place.admin1),
                place.population > 0 ? .integer(place.population) : .null, place.geonameID.map(FeatureValue.integer) ?? .null,
            ], style: .marker(item.role))
    }

    private static func line(_ item: MapLine, number: Int) -> FeatureRecord {
        let claim = item.verification
        let claimValues: [FeatureValue] =
            claim.map { claim in
                [
                    .string(claim.stated.text), .real(claim.stated.length.meters), .real(claim.minMeters), .real(claim.maxMeters),
                    .real(claim.acceptedMinMeters), .real(claim.acceptedMaxMeters), .real(claim.differenceMeters),
                    .real(claim.relativeDifference), .string(claim.verdict.rawValue), .string(MapPalette.verdict(claim.verdict)),
                    .string(claim.explanation),
                ]
            } ?? Array(repeating: .null, count: 11)
        return FeatureRecord(
            kind: .lines, number: number, geometry: .lines(item.path),
            data: [
                .string("line"), .string(item.from.name), .string(item.to.name), text(item.label), .real(item.distanceMeters),
                .boolean(item.from.place == nil), .boolean(item.to.place == nil),
            ] + claimValues,
            style: FeatureStyle(stroke: item.color ?? MapPalette.line, strokeWidthPixels: MapPalette.lineWidthPixels))
    }

    private static func ring(_ item: MapRing, number: Int) -> FeatureRecord {
        let color = item.color ?? MapPalette.ring
        return FeatureRecord(
            kind: .rings, number: number, geometry: .polygons(item.area),
            data: [
                .string("ring"), .string(item.center.name), text(item.label), .real(item.radiusMeters),
                item.innerRadiusMeters.map(FeatureValue.real) ?? .null, item.azimuths.map { .real($0.fromDegrees) } ?? .null,
                item.azimuths.map { .real($0.toDegrees) } ?? .null, .boolean(item.coversWholeEarth),
            ],
            style: FeatureStyle(
                stroke: color, strokeWidthPixels: MapPalette.ringWidthPixels, fill: color, fillOpacity: MapPalette.ringFillOpacity))
    }

    /// A shaded area, exteriors counter-clockwise and holes clockwise whatever the source's winding.
    private static func area(_ item: MapArea, number: Int) -> FeatureRecord {
        let polygons = item.polygons.map { polygon in
            GeoPolygon(
                exterior: GeoLinearRing(wound(polygon.exterior, counterClockwise: true)),
                holes: polygon.holes.map { GeoLinearRing(wound($0, counterClockwise: false)) })
        }
        let style =
            item.isOccupied
            ? FeatureStyle(
                stroke: MapPalette.occupied, strokeWidthPixels: MapPalette.occupiedWidthPixels, fill: MapPalette.occupied,
                fillOpacity: MapPalette.occupiedFillOpacity)
            : FeatureStyle(
                stroke: MapPalette.area, strokeWidthPixels: MapPalette.areaWidthPixels, fill: MapPalette.area,
                fillOpacity: MapPalette.areaFillOpacity)
        return FeatureRecord(
            kind: .areas, number: number, geometry: .polygons(GeoMultiPolygon(polygons)),
            data: [.string(item.isOccupied ? "occupied" : "area"), .string(item.name), .string(item.label)], style: style)
    }

    /// A border or coast, drawn as a line.
    private static func boundary(_ item: MapArea, number: Int) -> FeatureRecord {
        let lines = item.lines.map { GeoLineString($0.map(coordinate)) }
        return FeatureRecord(
            kind: .boundaries, number: number, geometry: .lines(GeoMultiLineString(lines)),
            data: [.string("boundary"), .string(item.name), .string(item.label)],
            style: FeatureStyle(stroke: MapPalette.area, strokeWidthPixels: MapPalette.boundaryWidthPixels))
    }

    private static func wound(_ points: [GeographicPoint], counterClockwise: Bool) -> [Coordinate] {
        let ordered = (PlanarRing.signedArea(points) > 0) == counterClockwise ? points : points.reversed()
        return ordered.map(coordinate)
    }

    /// Longitudes kept as the area has them (a piece may end at +180°).
    private static func coordinate(_ point: GeographicPoint) -> Coordinate {
        Coordinate(uncheckedLatitudeDegrees: point.y, longitudeDegrees: point.x)
    }

    private static func text(_ value: String?) -> FeatureValue {
        value.map(FeatureValue.string) ?? .null
    }
}

/// One feature: its geometry, its values in the order of `kind.fields`, and its style.
public struct FeatureRecord: Sendable {
    public let kind: FeatureKind
    /// "place-1": the kind and the feature's number among its kind, from 1.
    public let id: String
    public let geometry: FeatureGeometry
    public let values: [FeatureValue]
    public let style: FeatureStyle

    /// `data` holds the values of the kind's data fields; the style's values follow them, and every
    /// number is rounded to its field's decimals.
    init(kind: FeatureKind, number: Int, geometry: FeatureGeometry, data: [FeatureValue], style: FeatureStyle) {
        self.kind = kind
        id = "\(kind.singular)-\(number)"
        self.geometry = geometry
        self.style = style
        let unrounded = data + kind.styleProperties.map(style.value)
        values = zip(kind.fields, unrounded).map { field, value in
            guard case .real(let decimals) = field.type, case .real(let number) = value else { return value }
            return number.isFinite ? .real(Self.rounded(number, decimals: decimals)) : .null
        }
        assert(unrounded.count == kind.fields.count, "a \(kind.singular) has one value per field")
    }

    /// The value of the field called `name` (its long name), or null when the kind has no such field.
    public func value(_ name: String) -> FeatureValue {
        kind.fields.firstIndex { $0.name == name }.map { values[$0] } ?? .null
    }

    private static func rounded(_ value: Double, decimals: Int) -> Double {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let result = (value * scale).rounded() / scale
        return result == 0 ? 0 : result  // no negative zero
    }
}

/// A feature's geometry in longitude/latitude on WGS84, split at ±180° as RFC 7946 wants it.
public enum FeatureGeometry: Sendable {
    case point(Coordinate)
    case lines(GeoMultiLineString)
    case polygons(GeoMultiPolygon)
}
