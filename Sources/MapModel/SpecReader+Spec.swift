import Foundation
import Gazetteer
import Geodesy
import Yams

extension SpecReader {
    /// The whole spec: top-level fields, then each place, line and ring.
    mutating func spec(_ root: Node, name: String) throws -> MapSpec {
        let top = try fields(root, allowed: MapSpecParser.topFields, what: "the spec")
        let title = try required(top, "title", in: root, example: "Missile strikes on Kharkiv, winter 2024")
        let size = try top["size"].map { try numbers($0, field: "size", count: 2, example: "[1200, 800]") } ?? [1200, 800]
        if let node = top["size"], !size.allSatisfy({ $0 == $0.rounded() && (200...8000).contains($0) }) {
            throw fail(node, "'size' must be two whole numbers of pixels between 200 and 8000, e.g. [1200, 800].")
        }
        let spec = MapSpec(
            name: name, title: title.value, subtitle: try optionalText(top, "subtitle"), date: try date(top, "date"),
            source: try optionalText(top, "source"), projection: try projection(top), extent: try extent(top),
            widthPixels: Int(size[0]), heightPixels: Int(size[1]),
            borders: try choice(top, "borders", default: MapSpec.Borders.deJure),
            inset: try flag(top, "inset", default: true),
            labelUnit: try unit(top),
            places: try list(top, "places").map { try place($0) },
            lines: try list(top, "lines").map { try line($0) },
            rings: try list(top, "rings").map { try ring($0) },
            areas: try list(top, "areas").map { try area($0) },
            layers: try list(top, "layers").map { try layer($0) },
            acceptGuesses: try flag(top, "accept-guesses", default: false),
            style: try choice(top, "style", default: MapSpec.Style.light))
        let features = spec.places.count + spec.lines.count + spec.rings.reduce(0) { $0 + $1.radii.count } + spec.areas.count
        guard features <= MapSpecParser.maximumFeatures else {
            throw fail(
                root,
                "the spec has \(features) features (places, lines, ring radii and areas); a map takes at most "
                    + "\(MapSpecParser.maximumFeatures).")
        }
        return spec
    }

    private mutating func place(_ node: Node) throws -> MapSpec.PlaceSpec {
        let item = try fields(node, allowed: MapSpecParser.placeFields, what: "a place")
        return MapSpec.PlaceSpec(
            place: try required(item, "place", in: node, example: "Kharkiv"), label: try optionalText(item, "label"),
            role: try choice(item, "role", default: PlaceRole.reference), date: try date(item, "date"),
            note: try optionalText(item, "note"), keep: try flag(item, "keep", default: false))
    }

    private mutating func line(_ node: Node) throws -> MapSpec.LineSpec {
        let item = try fields(node, allowed: MapSpecParser.lineFields, what: "a line")
        return MapSpec.LineSpec(
            from: try required(item, "from", in: node, example: "Wonsan"), to: try required(item, "to", in: node, example: "Busan"),
            stated: try item["stated"].map { try located($0, field: "stated") },
            tolerance: try item["tolerance"].map { try located($0, field: "tolerance") },
            label: try optionalText(item, "label"), color: try color(item), legend: try optionalText(item, "legend"))
    }

    private mutating func area(_ node: Node) throws -> MapSpec.AreaSpec {
        let item = try fields(node, allowed: MapSpecParser.areaFields, what: "an area")
        return MapSpec.AreaSpec(area: try required(item, "area", in: node, example: "Russia"), label: try optionalText(item, "label"))
    }

    private mutating func layer(_ node: Node) throws -> MapSpec.LayerSpec {
        let item = try fields(node, allowed: MapSpecParser.layerFields, what: "a layer")
        return MapSpec.LayerSpec(
            file: try required(item, "file", in: node, example: "control.gpkg"), layer: try optionalText(item, "layer"),
            label: try optionalText(item, "label"), labelField: try optionalText(item, "label-field"),
            role: try choice(item, "role", default: LayerRole.other), color: try color(item), source: try optionalText(item, "source"))
    }

    private mutating func ring(_ node: Node) throws -> MapSpec.RingSpec {
        let item = try fields(node, allowed: MapSpecParser.ringFields, what: "a ring")
        let center = try required(item, "center", in: node, example: "Wonsan")
        var radii: [MapSpec.Located<String>] = []
        if let single = item["radius"] { radii.append(try located(single, field: "radius")) }
        if let many = item["radii"] {
            try visit(many)
            guard case let .sequence(sequence) = many, !sequence.isEmpty else {
                throw fail(many, "'radii' must be a list of lengths, e.g. [300 km, 460 km].")
            }
            radii += try sequence.map { try located($0, field: "radii") }
        }
        guard !radii.isEmpty else {
            throw fail(node, "a ring needs 'radius' (e.g. radius: 460 km) or 'radii' (e.g. radii: [300 km, 460 km]).")
        }
        let azimuths = try item["azimuths"].map { try numbers($0, field: "azimuths", count: 2, example: "[90, 180]") }
        return MapSpec.RingSpec(
            center: center, radii: radii, innerRadius: try item["inner-radius"].map { try located($0, field: "inner-radius") },
            azimuths: azimuths.map { ($0[0], $0[1]) }, label: try optionalText(item, "label"), color: try color(item),
            legend: try optionalText(item, "legend"))
    }

    /// A feature's `color`: `#rrggbb`, `#rgb` or a name from `MapColor.names`.
    private mutating func color(_ item: [String: Node]) throws -> String? {
        guard let node = item["color"] else { return nil }
        let value = try text(node, field: "color")
        guard let parsed = MapColor.parse(value) else {
            let names = MapColor.names.map(\.0).filter { $0 != "gray" }.joined(separator: ", ")
            throw fail(node, "'color' must be #rrggbb, #rgb or one of \(names), not '\(value)'.")
        }
        return parsed
    }

    private mutating func projection(_ top: [String: Node]) throws -> MapSpec.Projection {
        guard let node = top["projection"] else { return .auto }
        let value = try text(node, field: "projection").trimmingCharacters(in: .whitespaces)
        switch value {
        case "auto": return .auto
        case "equal-earth": return .equalEarth
        case "azimuthal-equidistant": return .azimuthalEquidistant
        case "lambert-conformal": return .lambertConformal
        case "mercator": return .mercator
        case _ where value.hasPrefix("+proj=") || value.contains(":"):
            if let reason = Projection.refusal(of: value) {
                throw fail(
                    node,
                    "the projection '\(value)' is refused: \(reason); give a PROJ string without file parameters or a code such as "
                        + "EPSG:3857."
                )
            }
            return .proj(value)
        default:
            let options = ["auto", "equal-earth", "azimuthal-equidistant", "lambert-conformal", "mercator"]
            let suggestion =
                Suggestion.closest(to: value, among: options).map { "did you mean '\($0)'? Or give " }
                ?? "give one of \(options.joined(separator: ", ")), or "
            throw fail(node, "unknown projection '\(value)'; \(suggestion)a PROJ string such as +proj=ortho +lat_0=40 +lon_0=128.")
        }
    }

    private mutating func extent(_ top: [String: Node]) throws -> (west: Double, south: Double, east: Double, north: Double)? {
        guard let node = top["extent"] else { return nil }
        if case .scalar(let scalar) = node, scalar.string == "auto" { return nil }
        let values = try numbers(node, field: "extent", count: 4, example: "[22, 44, 41, 53] (west, south, east, north)")
        let (west, south, east, north) = (values[0], values[1], values[2], values[3])
        guard (-180...180).contains(west), (-180...180).contains(east), (-90...90).contains(south), (-90...90).contains(north) else {
            throw fail(node, "'extent' must be [west, south, east, north] with longitudes in -180…180 and latitudes in -90…90.")
        }
        guard south < north else { throw fail(node, "in 'extent' south \(south) must be less than north \(north).") }
        // West > east means the box crosses the antimeridian; accept it only when it plainly does.
        if west > east, !(west > 0 && east < 0 && east + 360 - west <= 180) {
            throw fail(
                node,
                "in 'extent' west \(west) is east of east \(east); swap them, or for an extent across the antimeridian give west > 0 and "
                    + "east < 0, e.g. [170, 50, -170, 65]."
            )
        }
        // 180 and -180 are one meridian: [180, …, -180, …] has no more width than [10, …, 10, …].
        guard (west - east).truncatingRemainder(dividingBy: 360) != 0 else {
            throw fail(node, "in 'extent' west and east are the same meridian; give a box with some width.")
        }
        return (west, south, east, north)
    }

    private mutating func flag(_ top: [String: Node], _ field: String, default value: Bool) throws -> Bool {
        guard let node = top[field] else { return value }
        switch try text(node, field: field).lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw fail(node, "'\(field)' must be true or false.")
        }
    }

    private mutating func unit(_ top: [String: Node]) throws -> String {
        guard let node = top["units"] else { return "km" }
        let value = try text(node, field: "units")
        guard ["km", "mi", "nmi"].contains(value) else { throw fail(node, "'units' must be km, mi or nmi, not '\(value)'.") }
        return value
    }
}

/// "Did you mean" for field names and choices: the closest option within two edits.
enum Suggestion {
    static func closest(to text: String, among options: [String]) -> String? {
        options.map { ($0, EditDistance.between(text.lowercased(), $0, limit: 2)) }.filter { $0.1 <= 2 }.min { $0.1 < $1.1 }?.0
    }
}

/// ISO 8601 calendar dates and intervals as specs use them.
public enum SpecDate {
    /// "2024-01-02", "2023-12-30/2024-02-07" (start not after end), "2024-01" (a month).
    public static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard (1...2).contains(parts.count), let first = day(parts[0]) else { return false }
        guard parts.count == 2 else { return true }
        guard let last = day(parts[1]) else { return false }
        return first <= last
    }

    private static let gregorianUTC: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return calendar
    }()

    /// Year, month, day as one comparable number, or nil for a date that does not exist.
    private static func day(_ text: String) -> Int? {
        let fields = text.split(separator: "-").map { Int($0) }
        guard (2...3).contains(fields.count), !fields.contains(nil), text.count == (fields.count == 3 ? 10 : 7) else { return nil }
        let year = fields[0]!, month = fields[1]!, dayOfMonth = fields.count == 3 ? fields[2]! : 1
        guard (1...12).contains(month), DateComponents(year: year, month: month, day: dayOfMonth).isValidDate(in: gregorianUTC) else {
            return nil
        }
        return year * 10_000 + month * 100 + dayOfMonth
    }
}
