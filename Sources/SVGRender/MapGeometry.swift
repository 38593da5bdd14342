import Foundation
import Gazetteer
import Geodesy

/// Takes longitude/latitude geometry to page pixels: shifted by whole turns into the frame's window,
/// clipped there (GEOS, in degrees), densified, projected (PROJ), clipped to the visible rectangle
/// (GEOS, in metres), scaled to pixels, and thinned to vertices at least half a pixel apart.
struct MapGeometry {
    let frame: MapFrame
    let planar: PlanarGeometry

    /// Longest edge, in degrees, projected without extra vertices; longer edges (clip edges, pole
    /// edges, graticule lines) get intermediate points so they curve as the projection bends them.
    static let densifyDegrees = 0.5

    /// Polygons given as rings of (longitude, latitude), first ring exterior → page polygons.
    func areas(_ polygons: [[[GeographicPoint]]]) -> [PlanarPolygon<Page>] {
        let inWindow = polygons.flatMap { rings -> [PlanarPolygon<Geographic>] in
            guard let exterior = rings.first, let box = GeographicRect.enclosing(exterior) else { return [] }
            return [-360.0, 0, 360].flatMap { shift -> [PlanarPolygon<Geographic>] in
                let moved = GeographicRect(minX: box.minX + shift, minY: box.minY, maxX: box.maxX + shift, maxY: box.maxY)
                guard moved.intersects(frame.window) else { return [] }
                let candidate = shifted(rings, by: shift)
                return frame.window.contains(moved) ? [candidate] : planar.clip([candidate], to: frame.window)
            }
        }
        let projected = inWindow.compactMap { polygon -> PlanarPolygon<Projected>? in
            let exterior = project(polygon.exterior)
            guard exterior.count >= 4 else { return nil }
            return PlanarPolygon(exterior: exterior, holes: polygon.holes.map(project).filter { $0.count >= 4 })
        }
        guard !projected.isEmpty else { return [] }
        return planar.clip(projected, to: frame.visibleRect).map { polygon in
            PlanarPolygon<Page>(exterior: toPixels(polygon.exterior), holes: polygon.holes.map(toPixels))
        }
    }

    /// Lines of (longitude, latitude) → page lines.
    func lines(_ lines: [[GeographicPoint]]) -> [[PagePoint]] {
        let inWindow = lines.flatMap { line -> [[GeographicPoint]] in
            guard let box = GeographicRect.enclosing(line) else { return [] }
            // Test the shifted boxes first: most lines of a world layer are nowhere near the window.
            return [-360.0, 0, 360].compactMap { shift in
                let moved = GeographicRect(minX: box.minX + shift, minY: box.minY, maxX: box.maxX + shift, maxY: box.maxY)
                guard moved.intersects(frame.window) else { return nil }
                return shift == 0 ? line : line.map { GeographicPoint(x: $0.x + shift, y: $0.y) }
            }
        }
        let clipped = planar.clip(lines: inWindow, to: frame.window)
        let projected = clipped.map(project).filter { $0.count >= 2 }
        return planar.clip(lines: projected, to: frame.visibleRect).map(toPixels).filter { $0.count >= 2 }
    }

    /// A polygon's rings moved by whole turns (−360°, 0° or +360°), so a part beyond ±180° lands in the window.
    private func shifted(_ rings: [[GeographicPoint]], by shift: Double) -> PlanarPolygon<Geographic> {
        let move = { (ring: [GeographicPoint]) in shift == 0 ? ring : ring.map { GeographicPoint(x: $0.x + shift, y: $0.y) } }
        return PlanarPolygon(exterior: move(rings[0]), holes: rings.dropFirst().map(move))
    }

    /// Projects (longitude, latitude) points, densifying long edges; unprojectable points are dropped.
    private func project(_ points: [GeographicPoint]) -> [ProjectedPoint] {
        var result: [ProjectedPoint] = []
        result.reserveCapacity(points.count)
        for (index, point) in points.enumerated() {
            if index > 0 {
                let previous = points[index - 1]
                let steps = Int((max(abs(point.x - previous.x), abs(point.y - previous.y)) / Self.densifyDegrees).rounded(.up))
                if steps > 1 {
                    for step in 1..<steps {
                        let t = Double(step) / Double(steps)
                        if let projected = frame.project(
                            longitude: previous.x + (point.x - previous.x) * t, latitude: previous.y + (point.y - previous.y) * t)
                        {
                            result.append(projected)
                        }
                    }
                }
            }
            if let projected = frame.project(longitude: point.x, latitude: point.y) { result.append(projected) }
        }
        return result
    }

    /// Projected metres → pixels, dropping vertices within half a pixel of the last one kept.
    private func toPixels(_ points: [ProjectedPoint]) -> [PagePoint] {
        var result: [PagePoint] = []
        result.reserveCapacity(points.count)
        for point in points.map(frame.pixel) {
            if let last = result.last, abs(last.x - point.x) < 0.5, abs(last.y - point.y) < 0.5 { continue }
            result.append(point)
        }
        if let first = points.first.map(frame.pixel), let last = result.last, last != first, points.first == points.last {
            result.append(first)
        }
        return result
    }
}
