import Foundation
import Geodesy
import StrictJSON

/// Polygons and lines from a user's GeoJSON file (RFC 7946): a front line to measure to
/// (`file:front.geojson`), or territory held by another state (`--occupied`).
public enum UserAreaFile {
    /// Vertices a file may hold: a detailed national outline has about 100,000. Checked while
    /// reading, before any geometry is built: distances and clipping cost about a microsecond a
    /// vertex each, so a file at the limit is measured in seconds and well under 1 GB.
    public static let maximumVertices = 500_000
    /// Polygons and lines a file may hold (each costs a GEOS geometry): a front line's file has tens.
    public static let maximumParts = 10_000

    public struct Feature: Sendable {
        public let polygons: [PlanarPolygon<Geographic>]
        public let lines: [[GeographicPoint]]
        /// The `occupier` property, upper-cased: the ISO code of the state holding the territory.
        public let occupier: String?
    }

    /// Every Polygon, MultiPolygon, LineString and MultiLineString in a FeatureCollection, Feature,
    /// GeometryCollection or bare geometry; points are ignored.
    public static func features(_ data: Data, path: String) throws -> [Feature] {
        let json: Any
        do {
            // Strict JSON first: Foundation's reader takes hex numbers and trailing commas.
            _ = try StrictJSONSyntax.check([UInt8](data))
            json = try JSONSerialization.jsonObject(with: data)
        } catch let error as StrictJSONSyntax.SyntaxError {
            throw GazetteerError.areaFileInvalid(
                path: path, problem: "it is not JSON (line \(error.line), column \(error.column): \(error.message))")
        } catch {
            throw GazetteerError.areaFileInvalid(path: path, problem: "it is not JSON")
        }
        var vertices = 0, parts = 0
        let planar = PlanarGeometry()
        var features: [Feature] = []
        func geometry(_ object: [String: Any], occupier: String?, context: String) throws {
            let type = object["type"] as? String ?? ""
            func position(_ value: Any) throws -> GeographicPoint {
                // true and false are no coordinates (Foundation hands them over as numbers).
                guard let pair = value as? [Any], pair.count >= 2, let x = JSONNumber.value(pair[0]),
                    let y = JSONNumber.value(pair[1]), x.isFinite, y.isFinite, (-180...180).contains(x), (-90...90).contains(y)
                else {
                    throw GazetteerError.areaFileInvalid(
                        path: path, problem: "\(context) has a position that is not [longitude, latitude] within ±180°, ±90°")
                }
                vertices += 1
                guard vertices <= maximumVertices else {
                    throw GazetteerError.areaFileInvalid(path: path, problem: "it has more than \(maximumVertices) vertices")
                }
                return GeographicPoint(x: x, y: y)
            }
            func countPart() throws {
                parts += 1
                guard parts <= maximumParts else {
                    throw GazetteerError.areaFileInvalid(path: path, problem: "it has more than \(maximumParts) polygons and lines")
                }
            }
            func line(_ value: Any) throws -> [GeographicPoint] {
                guard let positions = value as? [Any], positions.count >= 2 else {
                    throw GazetteerError.areaFileInvalid(path: path, problem: "\(context) has a line or ring with fewer than two positions")
                }
                guard vertices + positions.count <= maximumVertices else {
                    throw GazetteerError.areaFileInvalid(path: path, problem: "it has more than \(maximumVertices) vertices")
                }
                // A position repeated in a row adds no shape, only work (2·10⁶ copies of one point).
                var points: [GeographicPoint] = []
                for item in positions {
                    let point = try position(item)
                    if point != points.last { points.append(point) }
                }
                guard points.count >= 2 else {
                    throw GazetteerError.areaFileInvalid(path: path, problem: "\(context) has a line or ring of one position repeated")
                }
                for (a, b) in zip(points, points.dropFirst()) where abs(b.x - a.x) > 180 {
                    throw GazetteerError.areaFileInvalid(
                        path: path,
                        problem: "\(context) has an edge spanning more than 180° of longitude; split it at ±180° as RFC 7946 asks")
                }
                return points
            }
            func polygon(_ value: Any) throws -> PlanarPolygon<Geographic> {
                guard let rings = value as? [Any], !rings.isEmpty else {
                    throw GazetteerError.areaFileInvalid(path: path, problem: "\(context) has a polygon without rings")
                }
                try countPart()
                let parsed = try rings.map { ring -> [GeographicPoint] in
                    let positions = try line(ring)
                    // RFC 7946 §3.1.6: closed, four positions or more (three distinct corners).
                    guard let first = positions.first, first == positions.last, positions.count >= 4 else {
                        throw GazetteerError.areaFileInvalid(
                            path: path,
                            problem: "\(context) has a polygon ring that is not closed or has fewer than four positions; "
                                + "repeat the first position at the end of each ring")
                    }
                    return positions
                }
                let polygon = PlanarPolygon(exterior: parsed[0], holes: Array(parsed.dropFirst()))
                // A self-intersecting polygon has no inside to measure from (GEOS spent over 300 s on one).
                if let reason = planar.invalidity(of: polygon) {
                    throw GazetteerError.areaFileInvalid(
                        path: path,
                        problem: "\(context) has a polygon that is not valid (\(reason)); repair it first, for example with "
                            + "ogr2ogr -makevalid")
                }
                return polygon
            }
            let coordinates = object["coordinates"] ?? []
            switch type {
            case "Polygon":
                features.append(Feature(polygons: [try polygon(coordinates)], lines: [], occupier: occupier))
            case "MultiPolygon":
                features.append(Feature(polygons: try (coordinates as? [Any] ?? []).map(polygon), lines: [], occupier: occupier))
            case "LineString":
                try countPart()
                features.append(Feature(polygons: [], lines: [try line(coordinates)], occupier: occupier))
            case "MultiLineString":
                let lines = try (coordinates as? [Any] ?? []).map { value -> [GeographicPoint] in
                    try countPart()
                    return try line(value)
                }
                features.append(Feature(polygons: [], lines: lines, occupier: occupier))
            case "GeometryCollection":
                for member in object["geometries"] as? [[String: Any]] ?? [] {
                    try geometry(member, occupier: occupier, context: context)
                }
            case "Point", "MultiPoint":
                break
            default:
                throw GazetteerError.areaFileInvalid(path: path, problem: "\(context) has an unknown geometry type '\(type)'")
            }
        }
        func feature(_ object: [String: Any], index: Int) throws {
            let properties = object["properties"] as? [String: Any]
            let occupier = (properties?["occupier"] as? String)?.uppercased()
            guard let shape = object["geometry"] as? [String: Any] else { return }
            try geometry(shape, occupier: occupier, context: "feature \(index + 1)")
        }
        guard let root = json as? [String: Any] else {
            throw GazetteerError.areaFileInvalid(path: path, problem: "its top level is not a GeoJSON object")
        }
        switch root["type"] as? String {
        case "FeatureCollection":
            for (index, member) in (root["features"] as? [[String: Any]] ?? []).enumerated() { try feature(member, index: index) }
        case "Feature":
            try feature(root, index: 0)
        default:
            try geometry(root, occupier: nil, context: "the geometry")
        }
        guard !features.isEmpty else {
            throw GazetteerError.areaFileInvalid(path: path, problem: "it holds no polygon or line")
        }
        return features
    }

    /// The file as one boundary: its polygons count as inside, their outlines and its lines are the edge.
    public static func boundary(_ data: Data, path: String, name: String) throws -> Boundary {
        let all = try features(data, path: path)
        let polygons = all.flatMap(\.polygons)
        let outlines = polygons.flatMap { [$0.exterior] + $0.holes }
        return Boundary(name: name, polygons: polygons, lines: outlines + all.flatMap(\.lines))
    }

    /// Occupied territory by holder: each polygon feature's `occupier` property, else `defaultOccupier`.
    /// An occupier that is no ISO code `countries` knows is refused: it would be silently ignored.
    public static func occupied(
        _ data: Data, path: String, defaultOccupier: String?, countries: CountryTable
    ) throws -> [String: [PlanarPolygon<Geographic>]] {
        if let code = defaultOccupier?.uppercased(), countries.name(forCode: code) == nil {
            throw GazetteerError.areaFileInvalid(
                path: path, problem: "--occupier '\(code)' is no ISO country code the gazetteer knows; give one such as RU")
        }
        var held: [String: [PlanarPolygon<Geographic>]] = [:]
        for (index, feature) in try features(data, path: path).enumerated() where !feature.polygons.isEmpty {
            if let code = feature.occupier, countries.name(forCode: code) == nil {
                throw GazetteerError.areaFileInvalid(
                    path: path,
                    problem: "feature \(index + 1)'s occupier '\(code)' is no ISO country code the gazetteer knows; give one such as RU")
            }
            guard let holder = feature.occupier ?? defaultOccupier?.uppercased() else {
                throw GazetteerError.areaFileInvalid(
                    path: path,
                    problem:
                        "feature \(index + 1) does not say who holds it; "
                        + "add an \"occupier\" property (an ISO code such as RU) or --occupier"
                )
            }
            held[holder, default: []] += feature.polygons
        }
        return held
    }
}
