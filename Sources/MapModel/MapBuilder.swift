import Claims
import Foundation
import Gazetteer
import Geodesy

/// Turns a spec into a `BriefingMap`: geocodes, measures, verifies and computes rings, reporting any
/// failure at the spec line that caused it.
public struct MapBuilder {
    public let gazetteer: Gazetteer
    /// How a line's `stated:` distance is read ("about 460 km").
    public let hedges: Hedges

    public init(gazetteer: Gazetteer, hedges: Hedges) {
        self.gazetteer = gazetteer
        self.hedges = hedges
    }

    /// The most vertices a map's lines and rings may have together: a GeoJSON of about 12 MB and an
    /// SVG rendered in seconds with well under 1 GB of memory. Counted as they are made, so a spec
    /// beyond it costs no more than the limit's worth of work before it is refused.
    public static let maximumVertices = 500_000

    public func build(_ spec: MapSpec) throws -> BriefingMap {
        let places = try spec.places.map { item in
            let place = try resolve(item.place)
            return MapPlace(place: place, label: item.label ?? place.name, role: item.role, date: item.date, note: item.note)
        }
        var budget = VertexBudget()
        let lines = try spec.lines.map { item in
            let made = try self.line(item)
            try budget.spend(made.path.lines.reduce(0) { $0 + $1.coordinates.count }, at: item.from.location)
            return made
        }
        let rings = try spec.rings.flatMap { item in
            let made = try self.rings(item)
            try budget.spend(made.reduce(0) { $0 + $1.area.vertexCount }, at: item.center.location)
            return made
        }
        return BriefingMap(
            name: spec.name, title: spec.title, subtitle: spec.subtitle, date: spec.date, source: spec.source,
            projection: spec.projection,
            requestedExtent: spec.extent.map { GeoBounds(west: $0.west, south: $0.south, east: $0.east, north: $0.north) },
            widthPixels: spec.widthPixels, heightPixels: spec.heightPixels, borders: spec.borders, inset: spec.inset,
            labelUnit: LengthUnit(spelling: spec.labelUnit) ?? .kilometers, places: places, lines: lines, rings: rings)
    }

    private func resolve(_ name: MapSpec.Located<String>) throws -> Place {
        do {
            return try gazetteer.resolve(name.value)
        } catch {
            throw MapModelError(name.location, "\(error)")
        }
    }

    private func length(_ text: MapSpec.Located<String>) throws -> Length {
        do {
            return try Length.parse(text.value)
        } catch {
            throw MapModelError(text.location, "\(error)")
        }
    }

    private func line(_ item: MapSpec.LineSpec) throws -> MapLine {
        let from = try resolve(item.from), to = try resolve(item.to)
        let distance = Geodesic.wgs84.inverse(from: from.coordinate, to: to.coordinate).distanceMeters
        guard distance >= RangeRing.minimumRadiusMeters else {
            throw MapModelError(
                item.to.location,
                "the line from '\(item.from.value)' to '\(item.to.value)' has no length (both are \(from.name)); "
                    + "give two different places.")
        }
        var verification: DistanceVerification?
        if let stated = item.stated {
            do {
                let tolerance = try item.tolerance.map { try Tolerance.parse($0.value) } ?? .standard
                verification = DistanceVerifier().verify(
                    from: from, to: to, stated: try StatedDistance.parse(stated.value, hedges: hedges), tolerance: tolerance)
            } catch {
                throw MapModelError((item.tolerance ?? stated).location, "\(error)")
            }
        }
        return MapLine(
            from: from, to: to, label: item.label, distanceMeters: distance,
            path: GeodesicPath.between(from.coordinate, to.coordinate), verification: verification)
    }

    /// One ring per radius ("radii: [300 km, 460 km]" draws two).
    private func rings(_ item: MapSpec.RingSpec) throws -> [MapRing] {
        let center = try resolve(item.center)
        let inner = try item.innerRadius.map { try length($0).meters }
        return try item.radii.map { radiusText in
            let radius = try length(radiusText).meters
            do {
                let area: GeoMultiPolygon
                if let azimuths = item.azimuths {
                    area = try RangeRing.sector(
                        center: center.coordinate, radiusMeters: radius, innerRadiusMeters: inner,
                        fromAzimuthDegrees: azimuths.fromDegrees, toAzimuthDegrees: azimuths.toDegrees)
                } else {
                    guard inner == nil else {
                        throw MapModelError(
                            item.innerRadius?.location, "'inner-radius' needs 'azimuths' (a sector); for a full ring leave it out.")
                    }
                    area = try RangeRing.polygon(center: center.coordinate, radiusMeters: radius)
                }
                return MapRing(
                    center: center, radiusMeters: radius, innerRadiusMeters: inner, azimuths: item.azimuths,
                    label: item.label, area: area)
            } catch let error as MapModelError {
                throw error
            } catch {
                throw MapModelError(radiusText.location, "\(error)")
            }
        }
    }
}

/// The running count of vertices against `MapBuilder.maximumVertices`.
private struct VertexBudget {
    private var spent = 0

    mutating func spend(_ vertices: Int, at location: SourceLocation) throws {
        spent += vertices
        guard spent <= MapBuilder.maximumVertices else {
            throw MapModelError(
                location,
                "with this feature the map's lines and rings reach more than \(MapBuilder.maximumVertices) vertices, "
                    + "the limit; draw fewer or smaller rings and lines, or split the map.")
        }
    }
}
