import Foundation
import Gazetteer
import Geodesy
import MapModel

/// Where the map sits on the page and how a longitude/latitude lands on it: the projection, the
/// projected rectangle that is visible, and the scale from projected metres to SVG pixels.
final class MapFrame {
    let projection: Projection
    /// The PROJ string or CRS the map is drawn in, as its metadata records it.
    let definition: String
    /// The central meridian: longitudes are brought into [centralMeridian − 180, centralMeridian + 180)
    /// before projecting, so features across ±180° draw whole rather than smeared across the map.
    let centralMeridian: Double
    /// The map area on the page, in pixels (y down).
    let pixelRect: PageRect
    /// The same area in projected metres (y up).
    let visibleRect: ProjectedRect
    /// Pixels per projected metre.
    let scale: Double
    /// The longitude/latitude window worth projecting: the visible area padded, in unwrapped longitudes.
    let window: GeographicRect

    init(map: BriefingMap, pixelRect: PageRect) throws {
        let bounds = MapFrame.bounds(for: map)
        let choice = ProjectionChoice.choose(for: map, bounds: bounds)
        let projection = try Projection(choice.definition)
        self.projection = projection
        definition = choice.definition
        centralMeridian = choice.centralMeridian
        self.pixelRect = pixelRect
        // A requested extent is a longitude/latitude box: fit its projected outline. Otherwise fit the
        // features themselves as the projection draws them, with proportional padding, so a polar ring
        // is framed round and two places 5 km apart get a frame of a few kilometres, not a degree.
        let fitted =
            map.requestedExtent == nil
            ? MapFrame.projectedFeatures(of: map, projection: projection, centralMeridian: choice.centralMeridian) : nil
        let outline =
            fitted
            ?? MapFrame.outline(of: bounds, centralMeridian: choice.centralMeridian).compactMap {
                projection.forward(longitudeDegrees: $0.x, latitudeDegrees: $0.y)
            }
        guard var minX = outline.map(\.x).min(), var maxX = outline.map(\.x).max(),
            var minY = outline.map(\.y).min(), var maxY = outline.map(\.y).max()
        else {
            throw RenderError.projectionFailed(choice.definition)
        }
        if fitted != nil {
            let span = max(maxX - minX, maxY - minY, MapFrame.minimumSpanMeters)
            let padX = max(0.08 * span, (MapFrame.minimumSpanMeters - (maxX - minX)) / 2, 0)
            let padY = max(0.08 * span, (MapFrame.minimumSpanMeters - (maxY - minY)) / 2, 0)
            (minX, maxX, minY, maxY) = (minX - padX, maxX + padX, minY - padY, maxY + padY)
            // Padding never reaches past the world's edge (beyond a pole on Equal Earth there is nothing).
            // Only for (pseudo)cylindrical projections, whose world is bounded by the ±180° meridians and
            // the poles; an azimuthal world has another edge.
            let cylindrical = ["eqearth", "merc", "eqc", "robin", "moll", "natearth", "wintri", "eck4", "cea", "mill"]
                .contains { choice.definition.contains("+proj=\($0) ") || choice.definition.hasSuffix("+proj=\($0)") }
            let edge = MapFrame.outline(
                of: GeoBounds(west: -180, south: -90, east: 180, north: 90), centralMeridian: choice.centralMeridian)
            let world = cylindrical ? edge.compactMap { projection.forward(longitudeDegrees: $0.x, latitudeDegrees: $0.y) } : []
            if world.count == edge.count, let worldMinX = world.map(\.x).min(), let worldMaxX = world.map(\.x).max(),
                let worldMinY = world.map(\.y).min(),
                let worldMaxY = world.map(\.y).max(), worldMaxX > worldMinX, worldMaxY > worldMinY
            {
                (minX, maxX) = (max(minX, worldMinX), min(maxX, worldMaxX))
                (minY, maxY) = (max(minY, worldMinY), min(maxY, worldMaxY))
            }
        }
        guard maxX > minX, maxY > minY else { throw RenderError.projectionFailed(choice.definition) }
        scale = min(pixelRect.width / (maxX - minX), pixelRect.height / (maxY - minY))
        let centerX = (minX + maxX) / 2, centerY = (minY + maxY) / 2
        let halfWidth = pixelRect.width / scale / 2, halfHeight = pixelRect.height / scale / 2
        visibleRect = ProjectedRect(
            minX: centerX - halfWidth, minY: centerY - halfHeight, maxX: centerX + halfWidth, maxY: centerY + halfHeight)
        window = MapFrame.window(projection: projection, visible: visibleRect, centralMeridian: choice.centralMeridian)
    }

    /// The page position of a projected point.
    func pixel(_ point: ProjectedPoint) -> PagePoint {
        PagePoint(
            x: pixelRect.minX + (point.x - visibleRect.minX) * scale,
            y: pixelRect.minY + (visibleRect.maxY - point.y) * scale)
    }

    /// The projected position of a coordinate, its longitude first brought into the window.
    func project(_ coordinate: Coordinate) -> ProjectedPoint? {
        project(longitude: unwrap(coordinate.longitudeDegrees), latitude: coordinate.latitudeDegrees)
    }

    func project(longitude: Double, latitude: Double) -> ProjectedPoint? {
        projection.forward(longitudeDegrees: longitude, latitudeDegrees: latitude).map { ProjectedPoint(x: $0.x, y: $0.y) }
    }

    /// The page position of a coordinate, or nil when it is outside the map area.
    func visiblePixel(_ coordinate: Coordinate) -> PagePoint? {
        guard let point = project(coordinate) else { return nil }
        let onPage = pixel(point)
        return pixelRect.contains(PageRect(minX: onPage.x, minY: onPage.y, maxX: onPage.x, maxY: onPage.y)) ? onPage : nil
    }

    /// A longitude moved by whole turns into [centralMeridian − 180, centralMeridian + 180).
    func unwrap(_ longitude: Double) -> Double {
        Longitude.unwrapped(longitude, around: centralMeridian)
    }

    /// Geographic bounds to show: the spec's extent, or the features' with a 15% margin (at least 1°).
    static func bounds(for map: BriefingMap) -> GeoBounds {
        if let requested = map.requestedExtent { return requested }
        guard let features = map.featureBounds else { return GeoBounds(west: -180, south: -60, east: 180, north: 85) }
        let padLongitude = max(features.widthDegrees * 0.15, 1), padLatitude = max((features.north - features.south) * 0.15, 1)
        let west = features.west - padLongitude, east = features.east + padLongitude
        let wide = features.widthDegrees + 2 * padLongitude >= 360
        return GeoBounds(
            west: wide ? -180 : Coordinate.normalizedLongitude(west), south: max(-89, features.south - padLatitude),
            east: wide ? 180 : Coordinate.normalizedLongitude(east), north: min(89, features.north + padLatitude))
    }

    /// The smallest frame, in projected metres: a map of one place shows its surroundings.
    static let minimumSpanMeters = 10_000.0

    /// Every feature vertex as the projection draws it (places, lines, rings, shaded areas),
    /// longitudes unwrapped around the central meridian; nil for a map with nothing on it.
    static func projectedFeatures(of map: BriefingMap, projection: Projection, centralMeridian: Double) -> [(x: Double, y: Double)]? {
        var points: [GeographicPoint] = map.places.map {
            GeographicPoint(x: $0.place.coordinate.longitudeDegrees, y: $0.place.coordinate.latitudeDegrees)
        }
        points += map.lines.flatMap { $0.path.lines.flatMap { $0.coordinates.map(\.geographicPoint) } }
        // A ring's own edge, not the cuts along ±180° or to a pole that close its pieces.
        // (A ring that covers the whole Earth has no edge of its own: its outline is the world's.)
        points += map.rings.flatMap { ring in
            ring.area.polygons.flatMap { polygon in
                ([polygon.exterior] + polygon.holes).flatMap { ring -> [GeographicPoint] in
                    let points = ring.coordinates.map(\.geographicPoint)
                    let edge = Array(CutEdges.trueLines(points).joined())
                    return edge.isEmpty ? points : edge
                }
            }
        }
        points += map.areas.filter { !$0.isOccupied }.flatMap { $0.polygons.flatMap(\.exterior) + $0.lines.flatMap { $0 } }
        guard !points.isEmpty else { return nil }
        let unwrapped = points.map { GeographicPoint(x: Longitude.unwrapped($0.x, around: centralMeridian), y: $0.y) }
        let projected = projection.forward(unwrapped).compactMap { $0 }
        return projected.isEmpty ? nil : projected
    }

    /// Points along the edges of `bounds`, longitudes unwrapped around the central meridian.
    static func outline(of bounds: GeoBounds, centralMeridian: Double) -> [GeographicPoint] {
        let west = Longitude.unwrapped(bounds.west, around: centralMeridian)
        let east = west + bounds.widthDegrees
        let steps = 40
        var points: [GeographicPoint] = []
        for step in 0...steps {
            let t = Double(step) / Double(steps)
            let longitude = west + (east - west) * t, latitude = bounds.south + (bounds.north - bounds.south) * t
            points += [
                GeographicPoint(x: longitude, y: bounds.south), GeographicPoint(x: longitude, y: bounds.north),
                GeographicPoint(x: west, y: latitude), GeographicPoint(x: east, y: latitude),
            ]
        }
        return points
    }

    /// The longitude/latitude box whose contents can appear: the visible rectangle's outline taken back
    /// through the projection, padded 10°; the whole window when the view reaches a pole or wraps.
    static func window(projection: Projection, visible: ProjectedRect, centralMeridian: Double) -> GeographicRect {
        let whole = GeographicRect(minX: centralMeridian - 179.9999, minY: -90, maxX: centralMeridian + 179.9999, maxY: 90)
        var longitudes: [Double] = [], latitudes: [Double] = []
        for step in 0...40 {
            let t = Double(step) / 40
            let samples = [
                (visible.minX + visible.width * t, visible.minY), (visible.minX + visible.width * t, visible.maxY),
                (visible.minX, visible.minY + visible.height * t), (visible.maxX, visible.minY + visible.height * t),
            ]
            // The outline, and a grid inside it: an azimuthal view's farthest latitude need not lie on its edge.
            let interior =
                step % 5 == 0 ? (1...7).map { (visible.minX + visible.width * t, visible.minY + visible.height * Double($0) / 8) } : []
            for (x, y) in samples + interior {
                // A point beyond the projection's domain either has no inverse or does not come back.
                guard let coordinate = projection.inverse(x: x, y: y),
                    let back = projection.forward(
                        longitudeDegrees: Longitude.unwrapped(coordinate.longitudeDegrees, around: centralMeridian),
                        latitudeDegrees: coordinate.latitudeDegrees),
                    abs(back.x - x) <= 1, abs(back.y - y) <= 1
                else { return whole }
                longitudes.append(Longitude.unwrapped(coordinate.longitudeDegrees, around: centralMeridian))
                latitudes.append(coordinate.latitudeDegrees)
            }
        }
        guard let minLon = longitudes.min(), let maxLon = longitudes.max(), let minLat = latitudes.min(), let maxLat = latitudes.max()
        else { return whole }
        // A polar view (the outline reaches far north or wraps round a pole): every longitude, but
        // nothing beyond 10° past the outline's farthest latitude, so the far hemisphere (Antarctica
        // under a north polar stereographic) is not projected to infinity and drawn over the map.
        if maxLat >= 85 || (maxLon - minLon >= 300 && minLat > 0) {
            return GeographicRect(minX: whole.minX, minY: max(-90, minLat - 10), maxX: whole.maxX, maxY: 90)
        }
        if minLat <= -85 || (maxLon - minLon >= 300 && maxLat < 0) {
            return GeographicRect(minX: whole.minX, minY: -90, maxX: whole.maxX, maxY: min(90, maxLat + 10))
        }
        guard maxLon - minLon < 300 else { return whole }
        return GeographicRect(
            minX: max(whole.minX, minLon - 10), minY: max(-90, minLat - 10),
            maxX: min(whole.maxX, maxLon + 10), maxY: min(90, maxLat + 10))
    }
}

/// The projection a map is drawn in, and why.
struct ProjectionChoice {
    let definition: String
    let centralMeridian: Double

    /// `auto`: azimuthal equidistant on a ring's centre when the map is about a range (its largest
    /// ring spans most of the view), Equal Earth for world-scale views, Lambert conformal conic for a
    /// region off the equator, azimuthal equidistant on the centre for a region across the equator.
    static func choose(for map: BriefingMap, bounds: GeoBounds) -> ProjectionChoice {
        let centerLongitude = Coordinate.normalizedLongitude(bounds.west + bounds.widthDegrees / 2)
        let centerLatitude = (bounds.south + bounds.north) / 2
        let height = bounds.north - bounds.south
        let ringCenter = map.rings.max { $0.radiusMeters < $1.radiusMeters }?.center.coordinate
        func azimuthal(_ center: Coordinate?) -> ProjectionChoice {
            let latitude = center?.latitudeDegrees ?? centerLatitude, longitude = center?.longitudeDegrees ?? centerLongitude
            return ProjectionChoice(
                definition: "+proj=aeqd +lat_0=\(round6(latitude)) +lon_0=\(round6(longitude))", centralMeridian: longitude)
        }
        let equalEarth = ProjectionChoice(definition: "+proj=eqearth +lon_0=\(round6(centerLongitude))", centralMeridian: centerLongitude)
        let lambert: ProjectionChoice = {
            guard bounds.south * bounds.north > 0 || abs(centerLatitude) > 10 else { return azimuthal(nil) }
            let first = bounds.south + height / 6, second = bounds.north - height / 6
            guard abs(first + second) > 1 else { return azimuthal(nil) }
            return ProjectionChoice(
                definition:
                    "+proj=lcc +lat_1=\(round6(first)) +lat_2=\(round6(second)) +lat_0=\(round6(centerLatitude)) "
                    + "+lon_0=\(round6(centerLongitude))",
                centralMeridian: centerLongitude)
        }()
        switch map.projection {
        case .equalEarth: return equalEarth
        case .azimuthalEquidistant: return azimuthal(ringCenter)
        case .lambertConformal: return lambert
        case .mercator:
            return ProjectionChoice(definition: "+proj=merc +lon_0=\(round6(centerLongitude))", centralMeridian: centerLongitude)
        case let .proj(text):
            let meridian =
                text.range(of: #"\+lon_0=(-?[0-9.]+)"#, options: .regularExpression)
                .flatMap { Double(text[$0].dropFirst("+lon_0=".count)) } ?? 0
            return ProjectionChoice(definition: text, centralMeridian: meridian)
        case .auto:
            // A range map: azimuthal equidistant on the ring's centre, where the ring is round at any
            // latitude, up to a hemisphere; beyond it, a world view centred on the ring's centre.
            if let largest = map.rings.max(by: { $0.radiusMeters < $1.radiusMeters }) {
                if largest.radiusMeters > hemisphereMeters {
                    let meridian = largest.center.coordinate.longitudeDegrees
                    return ProjectionChoice(definition: "+proj=eqearth +lon_0=\(round6(meridian))", centralMeridian: meridian)
                }
                if dominates(largest, map) { return azimuthal(largest.center.coordinate) }
            }
            if bounds.widthDegrees > 100 || height > 70 { return equalEarth }
            if let largest = map.rings.max(by: { $0.radiusMeters < $1.radiusMeters }),
                let ringBounds = GeoBounds.enclosing(points: [], paths: largest.area.polygons.map(\.exterior.coordinates)),
                ringBounds.widthDegrees * (ringBounds.north - ringBounds.south) >= 0.4 * bounds.widthDegrees * height
            {
                return azimuthal(largest.center.coordinate)
            }
            return lambert
        }
    }

    /// A quarter meridian on WGS84: a ring beyond it covers more than a hemisphere.
    static let hemisphereMeters = 10_001_966.0

    /// Whether a ring is what the map is about: every place and line lies within twice its radius
    /// (and at least its radius plus 1,000 km) of its centre.
    static func dominates(_ ring: MapRing, _ map: BriefingMap) -> Bool {
        let reach = max(2 * ring.radiusMeters, ring.radiusMeters + 1_000_000)
        let points =
            map.places.map(\.place.coordinate) + map.lines.flatMap { [$0.start, $0.end] }
            + map.rings.map(\.center.coordinate)
        return points.allSatisfy { Geodesic.wgs84.inverse(from: ring.center.coordinate, to: $0).distanceMeters <= reach }
    }

    private static func round6(_ value: Double) -> String {
        Length.plainNumber(value, maximumDecimals: 6)
    }
}
