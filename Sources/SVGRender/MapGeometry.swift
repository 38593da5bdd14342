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
        // Every ring in one list, projected together (on every core when it is long), then regrouped.
        var rings = projectAll(inWindow.flatMap { [$0.exterior] + $0.holes })[...]
        let projected = inWindow.compactMap { polygon -> PlanarPolygon<Projected>? in
            let exterior = rings.removeFirst()
            let holes = rings.prefix(polygon.holes.count)
            rings.removeFirst(polygon.holes.count)
            guard exterior.count >= 4 else { return nil }
            return PlanarPolygon(exterior: exterior, holes: holes.filter { $0.count >= 4 })
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
        let projected = projectAll(clipped).filter { $0.count >= 2 }
        return planar.clip(lines: projected, to: frame.visibleRect).map(toPixels).filter { $0.count >= 2 }
    }

    /// A polygon's rings moved by whole turns (−360°, 0° or +360°), so a part beyond ±180° lands in the window.
    private func shifted(_ rings: [[GeographicPoint]], by shift: Double) -> PlanarPolygon<Geographic> {
        let move = { (ring: [GeographicPoint]) in shift == 0 ? ring : ring.map { GeographicPoint(x: $0.x + shift, y: $0.y) } }
        return PlanarPolygon(exterior: move(rings[0]), holes: rings.dropFirst().map(move))
    }

    /// Fewest points per core worth projecting apart: a second projection costs about a millisecond to
    /// make (more for an EPSG code, read from proj.db), a thousand ellipsoidal azimuthal points as much.
    static let pointsPerCore = 20_000

    /// `project(_:with:)` of each list, in order. A regional map projects some 10⁵ vertices of admin-1 lines and
    /// coasts, each an inverse geodesic in an azimuthal projection: a third of its render time, so long
    /// inputs are cut into runs of lists of about equal size, each projected on its own core with its
    /// own copy of the projection (a PROJ object serves one thread). The answer is the same either way.
    private func projectAll(_ lists: [[GeographicPoint]]) -> [[ProjectedPoint]] {
        let total = lists.reduce(0) { $0 + $1.count }
        let cores = min(ProcessInfo.processInfo.activeProcessorCount, total / Self.pointsPerCore)
        guard cores > 1, let copies = try? (1..<cores).map({ _ in try Projection(frame.projection.definition) }) else {
            return lists.map { Self.project($0, with: frame.projection) }
        }
        // Runs of whole lists, each ending once it holds its share of the points.
        var runs: [Range<Int>] = []
        var start = 0, count = 0
        for (index, list) in lists.enumerated() {
            count += list.count
            if count * cores >= total * (runs.count + 1) || index == lists.count - 1 {
                runs.append(start..<(index + 1))
                start = index + 1
            }
        }
        let job = ProjectionRuns(lists: lists, runs: runs, projections: [frame.projection] + copies)
        DispatchQueue.concurrentPerform(iterations: runs.count) { job.project(run: $0) }
        return job.joined
    }

    /// Projects (longitude, latitude) points with `projection` (the frame's, or a copy of it),
    /// densifying long edges; unprojectable points are dropped.
    fileprivate static func project(_ points: [GeographicPoint], with projection: Projection) -> [ProjectedPoint] {
        var result: [ProjectedPoint] = []
        result.reserveCapacity(points.count)
        for (index, point) in points.enumerated() {
            if index > 0 {
                let previous = points[index - 1]
                let steps = Int((max(abs(point.x - previous.x), abs(point.y - previous.y)) / Self.densifyDegrees).rounded(.up))
                if steps > 1 {
                    for step in 1..<steps {
                        let t = Double(step) / Double(steps)
                        if let projected = projection.forward(
                            longitudeDegrees: previous.x + (point.x - previous.x) * t,
                            latitudeDegrees: previous.y + (point.y - previous.y) * t)
                        {
                            result.append(ProjectedPoint(x: projected.x, y: projected.y))
                        }
                    }
                }
            }
            if let projected = projection.forward(longitudeDegrees: point.x, latitudeDegrees: point.y) {
                result.append(ProjectedPoint(x: projected.x, y: projected.y))
            }
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

/// `MapGeometry.projectAll`'s work: runs of lists, one projection per run (a PROJ object serves one
/// thread), and each run's answer, written once by the thread that projected it.
private final class ProjectionRuns: @unchecked Sendable {
    private let lists: [[GeographicPoint]]
    private let runs: [Range<Int>]
    private let projections: [Projection]
    private var answers: [[[ProjectedPoint]]]
    private let lock = NSLock()

    init(lists: [[GeographicPoint]], runs: [Range<Int>], projections: [Projection]) {
        self.lists = lists
        self.runs = runs
        self.projections = projections
        answers = Array(repeating: [], count: runs.count)
    }

    func project(run: Int) {
        let answer = lists[runs[run]].map { MapGeometry.project($0, with: projections[run]) }
        lock.withLock { answers[run] = answer }
    }

    var joined: [[ProjectedPoint]] { lock.withLock { answers.flatMap { $0 } } }
}
