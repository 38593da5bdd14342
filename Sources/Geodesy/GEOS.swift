import CGEOS

// The one file that talks to GEOS (re-entrant C API). It owns the context handle and every geometry
// it creates; callers see planar value types only, on whichever plane they work (degrees, metres,
// pixels): every operation is generic over the `PlanarSpace` and keeps it.

/// Planar geometry operations through GEOS: clipping, unions and label anchors for maps; nearest
/// points and point-in-polygon tests for distances to areas.
///
/// Not thread-safe: one instance per thread (it owns one GEOS context).
public final class PlanarGeometry {
    fileprivate let handle: OpaquePointer

    public init() {
        handle = GEOS_init_r()
    }

    deinit {
        GEOS_finish_r(handle)
    }

    /// The parts of `polygons` inside `rect` (GEOSClipByRect). Polygons that GEOS finds invalid,
    /// as simplified coastlines can be, are repaired with GEOSMakeValid first.
    /// As with lines, polygons wholly inside or outside the frame are settled by their boxes, in order.
    public func clip<Space>(_ polygons: [PlanarPolygon<Space>], to rect: PlanarRect<Space>) -> [PlanarPolygon<Space>] {
        Self.settledByBoxes(polygons, outline: \.exterior, in: rect, clipRun: { clipThroughGEOS($0, to: rect) })
    }

    private func clipThroughGEOS<Space>(_ polygons: [PlanarPolygon<Space>], to rect: PlanarRect<Space>) -> [PlanarPolygon<Space>] {
        guard !polygons.isEmpty, let geometry = multiPolygon(polygons) else { return [] }
        defer { GEOSGeom_destroy_r(handle, geometry) }
        var clipped = GEOSClipByRect_r(handle, geometry, rect.minX, rect.minY, rect.maxX, rect.maxY)
        if clipped == nil, let valid = GEOSMakeValid_r(handle, geometry) {
            defer { GEOSGeom_destroy_r(handle, valid) }
            clipped = GEOSClipByRect_r(handle, valid, rect.minX, rect.minY, rect.maxX, rect.maxY)
        }
        guard let result = clipped else { return [] }
        defer { GEOSGeom_destroy_r(handle, result) }
        return readPolygons(result)
    }

    /// The parts of `lines` inside `rect`, in their order. Most lines of a map layer lie wholly
    /// inside the frame or wholly outside it: their boxes settle them (kept as they are, or dropped),
    /// and only runs of lines near the frame's edge go through GEOS, which built and read back every
    /// vertex of the rest unchanged (a fifth of a regional map's render time).
    public func clip<Space>(lines: [[PlanarPoint<Space>]], to rect: PlanarRect<Space>) -> [[PlanarPoint<Space>]] {
        Self.settledByBoxes(lines, outline: { $0 }, in: rect, clipRun: { clipThroughGEOS($0, to: rect) })
    }

    /// `items` clipped to `rect` in their order: those whose outline's box lies wholly inside kept as
    /// they are, wholly outside dropped, and each run of the others given to `clipRun` (GEOS).
    private static func settledByBoxes<Item, Space>(
        _ items: [Item], outline: (Item) -> [PlanarPoint<Space>], in rect: PlanarRect<Space>, clipRun: ([Item]) -> [Item]
    ) -> [Item] {
        var kept: [Item] = []
        var nearEdge: [Item] = []
        for item in items {
            switch placement(of: outline(item), in: rect) {
            case .inside:
                kept += clipRun(nearEdge)
                nearEdge.removeAll()
                kept.append(item)
            case .outside: continue
            case .nearEdge: nearEdge.append(item)
            }
        }
        return kept + clipRun(nearEdge)
    }

    private enum Placement { case inside, outside, nearEdge }

    /// Where a line or ring lies by its box: strictly inside the frame, strictly outside it, or
    /// touching or crossing its edge (then GEOS decides). Fewer than two points is left to GEOS too.
    private static func placement<Space>(of points: [PlanarPoint<Space>], in rect: PlanarRect<Space>) -> Placement {
        guard points.count >= 2, let box = PlanarRect<Space>.enclosing(points) else { return .nearEdge }
        if box.minX > rect.minX, box.maxX < rect.maxX, box.minY > rect.minY, box.maxY < rect.maxY { return .inside }
        if box.maxX < rect.minX || box.minX > rect.maxX || box.maxY < rect.minY || box.minY > rect.maxY { return .outside }
        return .nearEdge
    }

    private func clipThroughGEOS<Space>(_ lines: [[PlanarPoint<Space>]], to rect: PlanarRect<Space>) -> [[PlanarPoint<Space>]] {
        guard !lines.isEmpty, let collection = multiLineString(lines) else { return [] }
        defer { GEOSGeom_destroy_r(handle, collection) }
        guard let result = GEOSClipByRect_r(handle, collection, rect.minX, rect.minY, rect.maxX, rect.maxY) else { return [] }
        defer { GEOSGeom_destroy_r(handle, result) }
        return readLines(result)
    }

    /// The polygons merged into one area (GEOSUnaryUnion): pieces of a ring split at ±180° become
    /// one outline again once projected side by side.
    public func union<Space>(_ polygons: [PlanarPolygon<Space>]) -> [PlanarPolygon<Space>] {
        guard let geometry = multiPolygon(polygons) else { return [] }
        defer { GEOSGeom_destroy_r(handle, geometry) }
        var merged = GEOSUnaryUnion_r(handle, geometry)
        if merged == nil, let valid = GEOSMakeValid_r(handle, geometry) {
            defer { GEOSGeom_destroy_r(handle, valid) }
            merged = GEOSUnaryUnion_r(handle, valid)
        }
        guard let result = merged else { return polygons }
        defer { GEOSGeom_destroy_r(handle, result) }
        return readPolygons(result)
    }

    /// The centre of the largest circle inside the largest of `polygons` (GEOSMaximumInscribedCircle,
    /// to 1% of its size), for a label: the point farthest from every edge, where a name has the
    /// most room. (GEOSPointOnSurface, used before, could sit on a narrow neck near a neighbour.)
    public func labelPoint<Space>(_ polygons: [PlanarPolygon<Space>]) -> PlanarPoint<Space>? {
        guard let largest = polygons.max(by: { abs(PlanarRing.signedArea($0.exterior)) < abs(PlanarRing.signedArea($1.exterior)) }),
            let box = PlanarRect<Space>.enclosing(largest.exterior), let geometry = polygon(largest)
        else { return nil }
        defer { GEOSGeom_destroy_r(handle, geometry) }
        let tolerance = max(box.width, box.height) / 100
        // An invalid outline (a self-touching coast) has no inscribed circle; any inside point will do.
        guard tolerance > 0,
            let circle = GEOSMaximumInscribedCircle_r(handle, geometry, tolerance) ?? GEOSPointOnSurface_r(handle, geometry)
        else { return nil }
        defer { GEOSGeom_destroy_r(handle, circle) }
        guard let sequence = GEOSGeom_getCoordSeq_r(handle, circle) else { return nil }
        var x = 0.0, y = 0.0
        guard GEOSCoordSeq_getXY_r(handle, sequence, 0, &x, &y) == 1 else { return nil }
        return PlanarPoint<Space>(x: x, y: y)
    }

    /// The point of `lines` nearest to `point` and the planar distance to it (GEOSNearestPoints), or
    /// nil when there are no lines.
    public func nearestPoint<Space>(to point: PlanarPoint<Space>, onLines lines: [[PlanarPoint<Space>]]) -> (
        point: PlanarPoint<Space>, distance: Double
    )? {
        guard let target = multiLineString(lines), let origin = pointGeometry(point) else { return nil }
        defer {
            GEOSGeom_destroy_r(handle, target)
            GEOSGeom_destroy_r(handle, origin)
        }
        guard let pair: (PlanarPoint<Space>, PlanarPoint<Space>) = nearestPair(origin, target) else { return nil }
        return (pair.1, ((pair.1.x - point.x) * (pair.1.x - point.x) + (pair.1.y - point.y) * (pair.1.y - point.y)).squareRoot())
    }

    /// The nearest points of two sets of lines, one on each (GEOSNearestPoints), or nil when either is empty.
    public func nearestPoints<Space>(between first: [[PlanarPoint<Space>]], and second: [[PlanarPoint<Space>]]) -> (
        PlanarPoint<Space>, PlanarPoint<Space>
    )? {
        guard let one = multiLineString(first) else { return nil }
        defer { GEOSGeom_destroy_r(handle, one) }
        guard let other = multiLineString(second) else { return nil }
        defer { GEOSGeom_destroy_r(handle, other) }
        return nearestPair(one, other)
    }

    /// Whether `point` lies inside or on one of `polygons` (GEOSIntersects, after GEOSMakeValid for
    /// outlines GEOS finds invalid).
    ///
    /// Only the polygons' part around the point decides, so they are cut to a tiny square about it
    /// first (`clip`: boxes, then GEOSClipByRect, linear in the vertices), and only the few edges left
    /// are checked and repaired: GEOSisValid over all 100,000 vertices of Russia was a fifth of a
    /// distance to it.
    public func contains<Space>(_ polygons: [PlanarPolygon<Space>], _ point: PlanarPoint<Space>) -> Bool {
        let half = max(1e-9, 1e-7 * max(1, abs(point.x), abs(point.y)))
        let square = PlanarRect<Space>(minX: point.x - half, minY: point.y - half, maxX: point.x + half, maxY: point.y + half)
        let near = clip(polygons, to: square)
        guard !near.isEmpty, let area = validMultiPolygon(near), let probe = pointGeometry(point) else { return false }
        defer {
            GEOSGeom_destroy_r(handle, area)
            GEOSGeom_destroy_r(handle, probe)
        }
        return GEOSIntersects_r(handle, area, probe) == 1
    }

    /// A point where `lines` meet or cross `polygons`, or the lines of two sets meet, if any does.
    public func firstContact<Space>(lines: [[PlanarPoint<Space>]], polygons: [PlanarPolygon<Space>]) -> PlanarPoint<Space>? {
        guard let path = multiLineString(lines), let area = validMultiPolygon(polygons) else { return nil }
        defer {
            GEOSGeom_destroy_r(handle, path)
            GEOSGeom_destroy_r(handle, area)
        }
        guard GEOSIntersects_r(handle, path, area) == 1, let pair: (PlanarPoint<Space>, PlanarPoint<Space>) = nearestPair(path, area)
        else { return nil }
        return pair.0
    }

    /// The parts of `lines` inside `polygons` (`inside: true`) or outside them (GEOSIntersection / GEOSDifference).
    public func lines<Space>(_ lines: [[PlanarPoint<Space>]], inside: Bool, of polygons: [PlanarPolygon<Space>]) -> [[PlanarPoint<Space>]] {
        guard let path = multiLineString(lines) else { return [] }
        defer { GEOSGeom_destroy_r(handle, path) }
        guard let area = validMultiPolygon(polygons) else { return inside ? [] : lines }
        defer { GEOSGeom_destroy_r(handle, area) }
        guard let result = inside ? GEOSIntersection_r(handle, path, area) : GEOSDifference_r(handle, path, area) else { return [] }
        defer { GEOSGeom_destroy_r(handle, result) }
        return readLines(result)
    }

    /// `polygons` without the parts inside `removed` (GEOSDifference).
    public func subtracting<Space>(_ removed: [PlanarPolygon<Space>], from polygons: [PlanarPolygon<Space>]) -> [PlanarPolygon<Space>] {
        guard let area = validMultiPolygon(polygons) else { return [] }
        defer { GEOSGeom_destroy_r(handle, area) }
        guard let cut = validMultiPolygon(removed) else { return polygons }
        defer { GEOSGeom_destroy_r(handle, cut) }
        guard let result = GEOSDifference_r(handle, area, cut) else { return polygons }
        defer { GEOSGeom_destroy_r(handle, result) }
        return readPolygons(result)
    }

    /// The outlines of `polygons` as lines (GEOSBoundary).
    public func outlines<Space>(of polygons: [PlanarPolygon<Space>]) -> [[PlanarPoint<Space>]] {
        guard let area = validMultiPolygon(polygons), let boundary = GEOSBoundary_r(handle, area) else { return [] }
        defer {
            GEOSGeom_destroy_r(handle, area)
            GEOSGeom_destroy_r(handle, boundary)
        }
        return readLines(boundary)
    }

    /// `polygons` prepared for many point-in-polygon tests (GEOSPrepare): a country with 100,000
    /// vertices answers each test in microseconds instead of rebuilding it.
    public func prepared<Space>(_ polygons: [PlanarPolygon<Space>]) -> PreparedArea<Space>? {
        guard let area = validMultiPolygon(polygons) else { return nil }
        guard let prepared = GEOSPrepare_r(handle, area) else {
            GEOSGeom_destroy_r(handle, area)
            return nil
        }
        return PreparedArea(owner: self, geometry: area, prepared: prepared)
    }

    /// A prepared area from `prepared(_:)`; valid while its `PlanarGeometry` lives (it keeps it).
    public final class PreparedArea<Space: PlanarSpace> {
        private let owner: PlanarGeometry
        private let geometry: OpaquePointer
        private let prepared: OpaquePointer

        fileprivate init(owner: PlanarGeometry, geometry: OpaquePointer, prepared: OpaquePointer) {
            self.owner = owner
            self.geometry = geometry
            self.prepared = prepared
        }

        deinit {
            GEOSPreparedGeom_destroy_r(owner.handle, prepared)
            GEOSGeom_destroy_r(owner.handle, geometry)
        }

        /// Whether `point` lies inside or on the area.
        public func contains(_ point: PlanarPoint<Space>) -> Bool {
            guard let probe = GEOSGeom_createPointFromXY_r(owner.handle, point.x, point.y) else { return false }
            defer { GEOSGeom_destroy_r(owner.handle, probe) }
            return GEOSPreparedIntersects_r(owner.handle, prepared, probe) == 1
        }
    }

    private func nearestPair<Space>(_ first: OpaquePointer, _ second: OpaquePointer) -> (PlanarPoint<Space>, PlanarPoint<Space>)? {
        guard let sequence = GEOSNearestPoints_r(handle, first, second) else { return nil }
        defer { GEOSCoordSeq_destroy_r(handle, sequence) }
        var x0 = 0.0, y0 = 0.0, x1 = 0.0, y1 = 0.0
        guard GEOSCoordSeq_getXY_r(handle, sequence, 0, &x0, &y0) == 1, GEOSCoordSeq_getXY_r(handle, sequence, 1, &x1, &y1) == 1
        else { return nil }
        return (PlanarPoint(x: x0, y: y0), PlanarPoint(x: x1, y: y1))
    }

    // MARK: Building GEOS geometries (caller destroys the result)

    private func coordinateSequence<Space>(_ points: [PlanarPoint<Space>]) -> OpaquePointer? {
        let flat = points.flatMap { [$0.x, $0.y] }
        return flat.withUnsafeBufferPointer { GEOSCoordSeq_copyFromBuffer_r(handle, $0.baseAddress, UInt32(points.count), 0, 0) }
    }

    private func linearRing<Space>(_ points: [PlanarPoint<Space>]) -> OpaquePointer? {
        var closed = points
        if let first = closed.first, closed.last != first { closed.append(first) }
        guard closed.count >= 4, let sequence = coordinateSequence(closed) else { return nil }
        return GEOSGeom_createLinearRing_r(handle, sequence)
    }

    private func polygon<Space>(_ polygon: PlanarPolygon<Space>) -> OpaquePointer? {
        guard let shell = linearRing(polygon.exterior) else { return nil }
        var holes: [OpaquePointer?] = polygon.holes.compactMap { linearRing($0) }
        return GEOSGeom_createPolygon_r(handle, shell, &holes, UInt32(holes.count))
    }

    private func multiPolygon<Space>(_ polygons: [PlanarPolygon<Space>]) -> OpaquePointer? {
        var members: [OpaquePointer?] = polygons.compactMap { polygon($0) }
        guard !members.isEmpty else { return nil }
        return GEOSGeom_createCollection_r(handle, Int32(GEOS_MULTIPOLYGON.rawValue), &members, UInt32(members.count))
    }

    private func pointGeometry<Space>(_ point: PlanarPoint<Space>) -> OpaquePointer? {
        GEOSGeom_createPointFromXY_r(handle, point.x, point.y)
    }

    private func multiLineString<Space>(_ lines: [[PlanarPoint<Space>]]) -> OpaquePointer? {
        var members: [OpaquePointer?] = lines.compactMap { line in
            guard line.count >= 2, let sequence = coordinateSequence(line) else { return nil }
            return GEOSGeom_createLineString_r(handle, sequence)
        }
        guard !members.isEmpty else { return nil }
        return GEOSGeom_createCollection_r(handle, Int32(GEOS_MULTILINESTRING.rawValue), &members, UInt32(members.count))
    }

    /// Why GEOS finds `polygon` invalid ("Self-intersection[30.1 50.2]"), or nil when it is valid.
    /// O(n log n): a user's area is checked before any measure runs over it.
    public func invalidity<Space>(of polygon: PlanarPolygon<Space>) -> String? {
        guard let geometry = self.polygon(polygon) else { return "a ring has fewer than four positions" }
        defer { GEOSGeom_destroy_r(handle, geometry) }
        guard GEOSisValid_r(handle, geometry) != 1 else { return nil }
        guard let reason = GEOSisValidReason_r(handle, geometry) else { return "GEOS finds it invalid" }
        defer { GEOSFree_r(handle, reason) }
        return String(cString: reason)
    }

    /// A multipolygon GEOS accepts for predicates and overlays: repaired with GEOSMakeValid when invalid.
    private func validMultiPolygon<Space>(_ polygons: [PlanarPolygon<Space>]) -> OpaquePointer? {
        guard let geometry = multiPolygon(polygons) else { return nil }
        guard GEOSisValid_r(handle, geometry) != 1, let valid = GEOSMakeValid_r(handle, geometry) else { return geometry }
        GEOSGeom_destroy_r(handle, geometry)
        return valid
    }

    // MARK: Reading GEOS geometries (borrowed pointers, not destroyed)

    private func points<Space>(_ geometry: OpaquePointer) -> [PlanarPoint<Space>] {
        guard let sequence = GEOSGeom_getCoordSeq_r(handle, geometry) else { return [] }
        var size: UInt32 = 0
        GEOSCoordSeq_getSize_r(handle, sequence, &size)
        var flat = [Double](repeating: 0, count: Int(size) * 2)
        flat.withUnsafeMutableBufferPointer { _ = GEOSCoordSeq_copyToBuffer_r(handle, sequence, $0.baseAddress, 0, 0) }
        return stride(from: 0, to: flat.count, by: 2).map { PlanarPoint<Space>(x: flat[$0], y: flat[$0 + 1]) }
    }

    private func members(_ geometry: OpaquePointer) -> [OpaquePointer] {
        let count = GEOSGetNumGeometries_r(handle, geometry)
        return (0..<max(count, 0)).compactMap { GEOSGetGeometryN_r(handle, geometry, $0) }
    }

    private func readPolygons<Space>(_ geometry: OpaquePointer) -> [PlanarPolygon<Space>] {
        members(geometry).flatMap { member -> [PlanarPolygon<Space>] in
            switch GEOSGeomTypeId_r(handle, member) {
            case Int32(GEOS_POLYGON.rawValue):
                guard let shell = GEOSGetExteriorRing_r(handle, member) else { return [] }
                let holes: [[PlanarPoint<Space>]] = (0..<max(GEOSGetNumInteriorRings_r(handle, member), 0)).compactMap { index in
                    GEOSGetInteriorRingN_r(handle, member, index).map { points($0) }
                }
                let exterior: [PlanarPoint<Space>] = points(shell)
                return exterior.count >= 4 ? [PlanarPolygon(exterior: exterior, holes: holes)] : []
            case Int32(GEOS_MULTIPOLYGON.rawValue), Int32(GEOS_GEOMETRYCOLLECTION.rawValue):
                return readPolygons(member)
            default:
                return []
            }
        }
    }

    private func readLines<Space>(_ geometry: OpaquePointer) -> [[PlanarPoint<Space>]] {
        members(geometry).flatMap { member -> [[PlanarPoint<Space>]] in
            switch GEOSGeomTypeId_r(handle, member) {
            case Int32(GEOS_LINESTRING.rawValue): return [points(member)]
            case Int32(GEOS_MULTILINESTRING.rawValue), Int32(GEOS_GEOMETRYCOLLECTION.rawValue): return readLines(member)
            default: return []
            }
        }
    }
}

/// Facts about the linked GEOS library, read at run time.
public enum GEOSLibrary {
    /// For example "3.11.1" (GEOS reports "3.11.1-CAPI-1.17.1"; the C API suffix is dropped).
    public static var version: String {
        let full = String(cString: GEOSversion())
        return full.split(separator: "-").first.map(String.init) ?? full
    }
}
