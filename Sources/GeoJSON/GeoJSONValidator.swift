import Foundation
import Geodesy
import StrictJSON

/// One RFC 7946 problem at a JSON path, e.g. `features[3].geometry.coordinates[0]: exterior ring is clockwise`.
public struct GeoJSONProblem: Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let message: String

    public var description: String { "\(path): \(message)" }
}

/// Checks GeoJSON text against RFC 7946: structure and nesting, positions in range, closed rings of
/// four or more positions, counter-clockwise exteriors and clockwise holes (§3.1.6), no edge that
/// jumps across ±180° (§3.1.9), no `crs` member (§4), and bbox shape (§5).
public enum GeoJSONValidator {
    /// Every problem found; empty for a valid document.
    /// - Throws: `GeoJSONValidationError.notJSON` when the text is not JSON at all.
    /// - Parameter name: how an error names the document (its path).
    public static func validate(_ data: Data, name: String = "The document") throws -> [GeoJSONProblem] {
        // Strict JSON first: Foundation's reader accepts trailing commas and keeps the last duplicate.
        let duplicates: [StrictJSONSyntax.DuplicateMember]
        do {
            duplicates = try StrictJSONSyntax.check([UInt8](data))
        } catch let error as StrictJSONSyntax.SyntaxError {
            throw GeoJSONValidationError.notJSON(name: name, reason: "line \(error.line), column \(error.column): \(error.message)")
        }
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
            throw GeoJSONValidationError.notJSON(name: name, reason: detail ?? (error as NSError).localizedDescription)
        }
        var problems = duplicates.map { duplicate in
            GeoJSONProblem(
                path: duplicate.path, message: "the member \"\(duplicate.name)\" is given twice; readers keep either one (RFC 8259 §4)")
        }
        checkObject(root, path: "", problems: &problems)
        return problems
    }

    private static let geometryTypes: Set<String> = [
        "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection",
    ]

    private static func checkObject(_ value: Any, path: String, problems: inout [GeoJSONProblem]) {
        let here = path.isEmpty ? "$" : path
        guard let object = value as? [String: Any] else {
            problems.append(GeoJSONProblem(path: here, message: "expected a GeoJSON object"))
            return
        }
        if object["crs"] != nil {
            problems.append(
                GeoJSONProblem(
                    path: join(path, "crs"), message: "RFC 7946 removed the crs member; coordinates are always WGS84 longitude, latitude"))
        }
        if let bbox = object["bbox"] { checkBoundingBox(bbox, of: object, path: join(path, "bbox"), problems: &problems) }
        guard let type = object["type"] as? String else {
            problems.append(GeoJSONProblem(path: join(path, "type"), message: "missing or non-text type"))
            return
        }
        switch type {
        case "FeatureCollection":
            guard let features = object["features"] as? [Any] else {
                problems.append(GeoJSONProblem(path: join(path, "features"), message: "a FeatureCollection needs a features array"))
                return
            }
            for (index, feature) in features.enumerated() {
                let featurePath = "\(join(path, "features"))[\(index)]"
                if (feature as? [String: Any])?["type"] as? String != "Feature" {
                    problems.append(GeoJSONProblem(path: featurePath, message: "each member of features must be a Feature"))
                    continue
                }
                checkObject(feature, path: featurePath, problems: &problems)
            }
        case "Feature":
            if let id = object["id"], !(id is String), JSONNumber.value(id) == nil {
                problems.append(
                    GeoJSONProblem(path: join(path, "id"), message: "a Feature id must be a string or a number (RFC 7946 §3.2)"))
            }
            if object.keys.contains("geometry") == false {
                problems.append(
                    GeoJSONProblem(path: join(path, "geometry"), message: "a Feature needs a geometry member (null is allowed)"))
            } else if let geometry = object["geometry"], !(geometry is NSNull) {
                checkObject(geometry, path: join(path, "geometry"), problems: &problems)
            }
            if object.keys.contains("properties") == false {
                problems.append(
                    GeoJSONProblem(path: join(path, "properties"), message: "a Feature needs a properties member (null is allowed)"))
            }
        case "GeometryCollection":
            guard let geometries = object["geometries"] as? [Any] else {
                problems.append(GeoJSONProblem(path: join(path, "geometries"), message: "a GeometryCollection needs a geometries array"))
                return
            }
            for (index, geometry) in geometries.enumerated() {
                checkObject(geometry, path: "\(join(path, "geometries"))[\(index)]", problems: &problems)
            }
        case _ where geometryTypes.contains(type):
            guard let coordinates = object["coordinates"] else {
                problems.append(GeoJSONProblem(path: join(path, "coordinates"), message: "a \(type) needs coordinates"))
                return
            }
            var checker = GeometryChecker()
            problems += checker.check(type: type, coordinates: coordinates, path: join(path, "coordinates"))
        default:
            problems.append(GeoJSONProblem(path: join(path, "type"), message: "unknown type '\(type)'"))
        }
    }

    private static func checkBoundingBox(_ value: Any, of object: [String: Any], path: String, problems: inout [GeoJSONProblem]) {
        guard let numbers = value as? [Any], numbers.count == 4 || numbers.count == 6,
            let values = numbers.map(JSONNumber.value) as? [Double]
        else {
            problems.append(GeoJSONProblem(path: path, message: "bbox must be 4 (or 6) numbers: west, south, east, north"))
            return
        }
        let half = values.count / 2
        let (west, south, east, north) = (values[0], values[1], values[half], values[half + 1])
        if !(-180...180).contains(west) || !(-180...180).contains(east) || !(-90...90).contains(south) || !(-90...90).contains(north)
            || south > north
        {
            problems.append(GeoJSONProblem(path: path, message: "bbox values out of range or south > north"))
            return
        }
        // Every position of the object lies in its box (§5); a box with west > east crosses ±180°.
        let slack = 1e-9
        var outside: (Double, Double)?
        forEachPosition(in: object.filter { $0.key != "bbox" }.map(\.value)) { longitude, latitude in
            let inLongitude =
                west <= east
                ? longitude >= west - slack && longitude <= east + slack : longitude >= west - slack || longitude <= east + slack
            if outside == nil, !inLongitude || latitude < south - slack || latitude > north + slack { outside = (longitude, latitude) }
        }
        if let (longitude, latitude) = outside {
            problems.append(
                GeoJSONProblem(
                    path: path,
                    message: "bbox [\(west), \(south), \(east), \(north)] does not contain the position [\(longitude), \(latitude)] "
                        + "(RFC 7946 §5)"))
        }
    }

    /// Calls `body` with every position (an array of 2 or 3 numbers) nested in `values`.
    private static func forEachPosition(in values: [Any], _ body: (Double, Double) -> Void) {
        for value in values {
            if let items = value as? [Any] {
                if (2...3).contains(items.count), let numbers = items.map(JSONNumber.value) as? [Double] {
                    body(numbers[0], numbers[1])
                } else {
                    forEachPosition(in: items, body)
                }
            } else if let object = value as? [String: Any] {
                // Members' own boxes and properties hold no positions of the geometry.
                forEachPosition(in: object.filter { !["bbox", "properties"].contains($0.key) }.map(\.value), body)
            }
        }
    }

    static func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }
}

/// Checks one geometry's coordinate nesting and the RFC 7946 rules on positions and rings.
struct GeometryChecker {
    private var problems: [GeoJSONProblem] = []

    mutating func check(type: String, coordinates: Any, path: String) -> [GeoJSONProblem] {
        switch type {
        case "Point": _ = position(coordinates, path: path)
        case "MultiPoint":
            for (item, itemPath) in members(coordinates, path: path, what: "positions") { _ = position(item, path: itemPath) }
        case "LineString": lineString(coordinates, path: path)
        case "MultiLineString":
            for (item, itemPath) in members(coordinates, path: path, what: "line strings") { lineString(item, path: itemPath) }
        case "Polygon": polygon(coordinates, path: path)
        default: for (item, itemPath) in members(coordinates, path: path, what: "polygons") { polygon(item, path: itemPath) }
        }
        return problems
    }

    /// The array's items with their paths; none (and a problem noted) when it is not an array.
    private mutating func members(_ value: Any, path: String, what: String) -> [(Any, String)] {
        guard let items = value as? [Any] else {
            problems.append(GeoJSONProblem(path: path, message: "expected an array of \(what)"))
            return []
        }
        return items.enumerated().map { ($1, "\(path)[\($0)]") }
    }

    /// Longitude, latitude in range; nil (with a problem noted) when it is not a position.
    private mutating func position(_ value: Any, path: String) -> (Double, Double)? {
        guard let items = value as? [Any], (2...3).contains(items.count),
            let numbers = items.map(JSONNumber.value) as? [Double], numbers.allSatisfy(\.isFinite)
        else {
            problems.append(GeoJSONProblem(path: path, message: "expected a position [longitude, latitude]"))
            return nil
        }
        guard (-180...180).contains(numbers[0]), (-90...90).contains(numbers[1]) else {
            problems.append(
                GeoJSONProblem(
                    path: path,
                    message:
                        "position [\(numbers[0]), \(numbers[1])] is out of range (longitude -180…180, latitude -90…90); is it latitude "
                        + "first?"
                ))
            return nil
        }
        return (numbers[0], numbers[1])
    }

    private mutating func positions(_ value: Any, path: String, minimum: Int, what: String) -> [(Double, Double)]? {
        guard let items = value as? [Any] else {
            problems.append(GeoJSONProblem(path: path, message: "expected an array of positions (\(what))"))
            return nil
        }
        let points = items.enumerated().compactMap { position($1, path: "\(path)[\($0)]") }
        guard points.count == items.count else { return nil }
        guard points.count >= minimum else {
            problems.append(GeoJSONProblem(path: path, message: "a \(what) needs at least \(minimum) positions, found \(points.count)"))
            return nil
        }
        for (index, (a, b)) in zip(points, points.dropFirst()).enumerated() where abs(a.0 - b.0) > 180 {
            problems.append(
                GeoJSONProblem(
                    path: "\(path)[\(index + 1)]",
                    message: "edge from longitude \(a.0) to \(b.0) crosses the antimeridian; split the geometry at ±180° (RFC 7946 §3.1.9)")
            )
        }
        return points
    }

    private mutating func lineString(_ value: Any, path: String) {
        _ = positions(value, path: path, minimum: 2, what: "line string")
    }

    private mutating func polygon(_ value: Any, path: String) {
        guard let rings = value as? [Any], !rings.isEmpty else {
            problems.append(GeoJSONProblem(path: path, message: "expected an array of linear rings"))
            return
        }
        for (index, ring) in rings.enumerated() {
            let ringPath = "\(path)[\(index)]"
            guard let points = positions(ring, path: ringPath, minimum: 4, what: "linear ring") else { continue }
            guard points.first! == points.last! else {
                problems.append(
                    GeoJSONProblem(path: ringPath, message: "linear ring is not closed: the last position must repeat the first"))
                continue
            }
            let area = PlanarRing.signedArea(points.map { GeographicPoint(x: $0.0, y: $0.1) })
            if index == 0, area < 0 {
                problems.append(
                    GeoJSONProblem(path: ringPath, message: "exterior ring is clockwise; RFC 7946 §3.1.6 wants counter-clockwise"))
            } else if index > 0, area > 0 {
                problems.append(GeoJSONProblem(path: ringPath, message: "hole is counter-clockwise; RFC 7946 §3.1.6 wants clockwise"))
            }
        }
    }
}

public enum GeoJSONValidationError: Error, Equatable, CustomStringConvertible {
    case notJSON(name: String, reason: String)

    public var description: String {
        switch self {
        case let .notJSON(name, reason):
            let said = reason.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
            return "\(name) is not JSON that can be read (\(said)); check that it is a GeoJSON text file."
        }
    }
}
