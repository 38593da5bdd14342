import CGEOS

// The one file that talks to GEOS (re-entrant C API). It owns the context handle and every geometry
// it creates; callers see planar value types only.

/// A point on the map plane, in projected metres or SVG pixels.
public struct PlanarPoint: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// An area on the plane: an exterior ring and holes, each closed (first point repeated last).
public struct PlanarPolygon: Hashable, Sendable {
    public var exterior: [PlanarPoint]
    public var holes: [[PlanarPoint]]

    public init(exterior: [PlanarPoint], holes: [[PlanarPoint]] = []) {
        self.exterior = exterior
        self.holes = holes
    }
}

/// An axis-aligned rectangle on the plane.
public struct PlanarRect: Hashable, Sendable {
    public var minX: Double, minY: Double, maxX: Double, maxY: Double

    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    public var width: Double { maxX - minX }
    public var height: Double { maxY - minY }

    public func intersects(_ other: PlanarRect) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    public func contains(_ other: PlanarRect) -> Bool {
        other.minX >= minX && other.maxX <= maxX && other.minY >= minY && other.maxY <= maxY
    }
}

/// Planar geometry operations through GEOS: clipping to a rectangle and label anchors.
///
/// Not thread-safe: one instance per thread (it owns one GEOS context).
public final class PlanarGeometry {
    private let handle: OpaquePointer

    public init() {
        handle = GEOS_init_r()
    }

    deinit {
        GEOS_finish_r(handle)
    }

    /// The parts of `polygons` inside `rect` (GEOSClipByRect). Polygons that GEOS finds invalid,
    /// as simplified coastlines can be, are repaired with GEOSMakeValid first.
    public func clip(_ polygons: [PlanarPolygon], to rect: PlanarRect) -> [PlanarPolygon] {
        guard let geometry = multiPolygon(polygons) else { return [] }
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

    /// The parts of `lines` inside `rect`.
    public func clip(lines: [[PlanarPoint]], to rect: PlanarRect) -> [[PlanarPoint]] {
        let parts = lines.compactMap { line -> OpaquePointer? in
            guard line.count >= 2, let sequence = coordinateSequence(line) else { return nil }
            return GEOSGeom_createLineString_r(handle, sequence)
        }
        guard !parts.isEmpty else { return [] }
        var members: [OpaquePointer?] = parts
        guard let collection = GEOSGeom_createCollection_r(handle, Int32(GEOS_MULTILINESTRING.rawValue), &members, UInt32(parts.count)) else { return [] }
        defer { GEOSGeom_destroy_r(handle, collection) }
        guard let result = GEOSClipByRect_r(handle, collection, rect.minX, rect.minY, rect.maxX, rect.maxY) else { return [] }
        defer { GEOSGeom_destroy_r(handle, result) }
        return readLines(result)
    }

    /// The polygons merged into one area (GEOSUnaryUnion): pieces of a ring split at ±180° become
    /// one outline again once projected side by side.
    public func union(_ polygons: [PlanarPolygon]) -> [PlanarPolygon] {
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

    /// A point guaranteed inside the largest of `polygons` (GEOSPointOnSurface), for a label.
    public func labelPoint(_ polygons: [PlanarPolygon]) -> PlanarPoint? {
        guard let largest = polygons.max(by: { abs(Self.area($0.exterior)) < abs(Self.area($1.exterior)) }),
              let geometry = polygon(largest) else { return nil }
        defer { GEOSGeom_destroy_r(handle, geometry) }
        guard let point = GEOSPointOnSurface_r(handle, geometry) else { return nil }
        defer { GEOSGeom_destroy_r(handle, point) }
        var x = 0.0, y = 0.0
        guard GEOSGeomGetX_r(handle, point, &x) == 1, GEOSGeomGetY_r(handle, point, &y) == 1 else { return nil }
        return PlanarPoint(x: x, y: y)
    }

    /// Shoelace area (positive when counter-clockwise in a y-up plane).
    public static func area(_ ring: [PlanarPoint]) -> Double {
        zip(ring, ring.dropFirst()).reduce(0) { $0 + $1.0.x * $1.1.y - $1.1.x * $1.0.y } / 2
    }

    // MARK: Building GEOS geometries (caller destroys the result)

    private func coordinateSequence(_ points: [PlanarPoint]) -> OpaquePointer? {
        let flat = points.flatMap { [$0.x, $0.y] }
        return flat.withUnsafeBufferPointer { GEOSCoordSeq_copyFromBuffer_r(handle, $0.baseAddress, UInt32(points.count), 0, 0) }
    }

    private func linearRing(_ points: [PlanarPoint]) -> OpaquePointer? {
        var closed = points
        if let first = closed.first, closed.last != first { closed.append(first) }
        guard closed.count >= 4, let sequence = coordinateSequence(closed) else { return nil }
        return GEOSGeom_createLinearRing_r(handle, sequence)
    }

    private func polygon(_ polygon: PlanarPolygon) -> OpaquePointer? {
        guard let shell = linearRing(polygon.exterior) else { return nil }
        var holes: [OpaquePointer?] = polygon.holes.compactMap(linearRing)
        return GEOSGeom_createPolygon_r(handle, shell, &holes, UInt32(holes.count))
    }

    private func multiPolygon(_ polygons: [PlanarPolygon]) -> OpaquePointer? {
        var members: [OpaquePointer?] = polygons.compactMap(polygon)
        guard !members.isEmpty else { return nil }
        return GEOSGeom_createCollection_r(handle, Int32(GEOS_MULTIPOLYGON.rawValue), &members, UInt32(members.count))
    }

    // MARK: Reading GEOS geometries (borrowed pointers, not destroyed)

    private func points(_ geometry: OpaquePointer) -> [PlanarPoint] {
        guard let sequence = GEOSGeom_getCoordSeq_r(handle, geometry) else { return [] }
        var size: UInt32 = 0
        GEOSCoordSeq_getSize_r(handle, sequence, &size)
        var flat = [Double](repeating: 0, count: Int(size) * 2)
        flat.withUnsafeMutableBufferPointer { _ = GEOSCoordSeq_copyToBuffer_r(handle, sequence, $0.baseAddress, 0, 0) }
        return stride(from: 0, to: flat.count, by: 2).map { PlanarPoint(x: flat[$0], y: flat[$0 + 1]) }
    }

    private func members(_ geometry: OpaquePointer) -> [OpaquePointer] {
        let count = GEOSGetNumGeometries_r(handle, geometry)
        return (0..<max(count, 0)).compactMap { GEOSGetGeometryN_r(handle, geometry, $0) }
    }

    private func readPolygons(_ geometry: OpaquePointer) -> [PlanarPolygon] {
        members(geometry).flatMap { member -> [PlanarPolygon] in
            switch GEOSGeomTypeId_r(handle, member) {
            case Int32(GEOS_POLYGON.rawValue):
                guard let shell = GEOSGetExteriorRing_r(handle, member) else { return [] }
                let holes = (0..<max(GEOSGetNumInteriorRings_r(handle, member), 0)).compactMap {
                    GEOSGetInteriorRingN_r(handle, member, $0).map(points)
                }
                let exterior = points(shell)
                return exterior.count >= 4 ? [PlanarPolygon(exterior: exterior, holes: holes)] : []
            case Int32(GEOS_MULTIPOLYGON.rawValue), Int32(GEOS_GEOMETRYCOLLECTION.rawValue):
                return readPolygons(member)
            default:
                return []
            }
        }
    }

    private func readLines(_ geometry: OpaquePointer) -> [[PlanarPoint]] {
        members(geometry).flatMap { member -> [[PlanarPoint]] in
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
