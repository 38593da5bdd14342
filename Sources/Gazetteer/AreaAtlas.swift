import Foundation
import Geodesy

/// Country outlines with what lies across each of their edges, from maps/basemap/areas.bin (Natural
/// Earth 1:10m admin-0, German point of view, unsimplified; layout in maps/basemap/pack.py): what
/// distances to countries, land borders and coasts are measured against.
///
/// De jure by default, as ../shared/DATA.md decides (Crimea in Ukraine); `applying(_:)` redraws it
/// for a user's layer of occupied territory.
public struct AreaAtlas: Sendable {
    /// One Natural Earth unit. Several may share an ISO code (France and Clipperton Island).
    public struct Unit: Sendable {
        public let name: String
        public let isoCode: String
        public let id: String
        private let rings: PackedRings

        /// Polygons of rings (the first of each is the exterior), edges tagged as `EdgeTag` says;
        /// read from the packed file the first time they are asked for.
        public var polygons: [[TaggedRing]] { rings.polygons }

        public init(name: String, isoCode: String, id: String, polygons: [[TaggedRing]]) {
            self.init(name: name, isoCode: isoCode, id: id, rings: PackedRings(decoded: polygons))
        }

        fileprivate init(name: String, isoCode: String, id: String, rings: PackedRings) {
            self.name = name
            self.isoCode = isoCode
            self.id = id
            self.rings = rings
        }
    }

    /// A ring and, for each edge (point i to i + 1), what lies across it.
    public struct TaggedRing: Sendable {
        public let points: [GeographicPoint]
        public let edgeTags: [UInt16]
    }

    /// Edge tags below `cut` are the index of the neighbouring unit: a land border.
    public enum EdgeTag {
        public static let coast: UInt16 = 0xFFFF
        /// Along ±180° or a pole, or between two parts of one unit: where the data closes a ring.
        public static let cut: UInt16 = 0xFFFE
    }

    public let units: [Unit]
    /// Territory a user's layer says is held by another state, by the holder's ISO code.
    public let occupied: [String: [PlanarPolygon<Geographic>]]

    /// Reads areas.bin: every unit's name and code now, its rings when first asked for (an extraction
    /// measures against two or three countries of some 250). The whole file is checked here, so a
    /// later decode cannot fail. Throws `GazetteerError.dataUnreadable` when it is cut short or corrupt.
    public init(packed data: Data, path: String) throws {
        let bytes = [UInt8](data)
        var reader = PackedReader(bytes: bytes)
        let broken = GazetteerError.dataUnreadable(
            path: path, reason: "it is cut short or not a packed areas file (maps/basemap/build writes it)")
        guard reader.take(8) == Array("EMAREA1\n".utf8), let count = reader.u32(), count < 10_000 else { throw broken }
        var units: [Unit] = []
        for _ in 0..<count {
            guard let name = reader.text(), let code = reader.text(), let id = reader.text() else { throw broken }
            let start = reader.position
            guard Self.polygons(&reader, decoding: false) != nil else { throw broken }
            units.append(Unit(name: name, isoCode: code, id: id, rings: PackedRings(bytes: bytes, offset: start)))
        }
        guard reader.isAtEnd else { throw broken }
        self.init(units: units, occupied: [:])
    }

    /// One unit's polygons from the reader's position: decoded, or only checked and skipped (then an
    /// empty list). Nil when the data is cut short or corrupt.
    fileprivate static func polygons(_ reader: inout PackedReader, decoding: Bool) -> [[TaggedRing]]? {
        guard let polygonCount = reader.u32() else { return nil }
        var polygons: [[TaggedRing]] = []
        for _ in 0..<polygonCount {
            guard let ringCount = reader.u32() else { return nil }
            var rings: [TaggedRing] = []
            for _ in 0..<ringCount {
                guard let pointCount = reader.u32(), pointCount >= 2 else { return nil }
                var points: [GeographicPoint] = []
                if decoding {
                    guard let decoded = reader.microdegreeDeltaPoints(Int(pointCount)) else { return nil }
                    points = decoded
                } else {
                    guard reader.skipMicrodegreeDeltaPoints(Int(pointCount)) else { return nil }
                }
                guard let runCount = reader.u32() else { return nil }
                var tags: [UInt16] = []
                if decoding { tags.reserveCapacity(Int(pointCount) - 1) }
                var tagCount = 0
                for _ in 0..<runCount {
                    guard let length = reader.u32(), let tag = reader.u16(), tagCount + Int(length) < Int(pointCount) else { return nil }
                    tagCount += Int(length)
                    if decoding { tags.append(contentsOf: repeatElement(tag, count: Int(length))) }
                }
                guard tagCount == Int(pointCount) - 1 else { return nil }
                if decoding { rings.append(TaggedRing(points: points, edgeTags: tags)) }
            }
            if decoding { polygons.append(rings) }
        }
        return polygons
    }

    init(units: [Unit], occupied: [String: [PlanarPolygon<Geographic>]]) {
        self.units = units
        self.occupied = occupied
    }

    /// This atlas with `occupied` territory (holder's ISO code → polygons) counted as the holder's.
    public func applying(occupied: [String: [PlanarPolygon<Geographic>]]) -> AreaAtlas {
        AreaAtlas(units: units, occupied: occupied.merging(self.occupied) { $0 + $1 })
    }

    public func hasUnits(code: String) -> Bool {
        units.contains { $0.isoCode == code }
    }

    /// The area of the units with this ISO code, its outline every edge that is not a cut; with
    /// occupied territory, what its holder holds is added and what others hold is taken away.
    public func country(code: String, name: String) -> Boundary {
        let members = units.filter { $0.isoCode == code }
        let polygons = members.flatMap { $0.polygons.map(Self.polygon) }
        let lines = members.flatMap { $0.polygons.flatMap { $0.flatMap { Self.lines(of: $0) { $0 != EdgeTag.cut } } } }
        guard !occupied.isEmpty else { return Boundary(name: name, polygons: polygons, lines: lines) }
        let planar = PlanarGeometry()
        let held = landOnly(occupied[code] ?? [], excluding: code, planar)
        let heldByOthers = occupied.filter { $0.key != code }.flatMap(\.value)
        let area = planar.subtracting(heldByOthers, from: planar.union(polygons + held))
        let outline = planar.outlines(of: area).flatMap(CutEdges.trueLines)
        return Boundary(name: name, polygons: area, lines: outline)
    }

    /// Land borders of the units with code `code`, with one neighbour's units only when `neighbour`
    /// is given. With occupied territory, the line of control replaces the border it moves.
    public func landBorder(code: String, neighbour: String?, name: String) -> Boundary {
        let members = units.filter { $0.isoCode == code }
        let accepted: (UInt16) -> Bool = { tag in
            guard tag < EdgeTag.cut, Int(tag) < units.count, units[Int(tag)].isoCode != code else { return false }
            return neighbour.map { units[Int(tag)].isoCode == $0 } ?? true
        }
        var lines = members.flatMap { $0.polygons.flatMap { $0.flatMap { Self.lines(of: $0, where: accepted) } } }
        if !occupied.isEmpty {
            let planar = PlanarGeometry()
            let allOccupied = occupied.values.flatMap { $0 }
            lines = planar.lines(lines, inside: false, of: allOccupied)
            // The edge of territory one side holds inside the other's land is the line that now divides them.
            let pairs = occupied.filter { $0.key == code || neighbour == nil || $0.key == neighbour }
            for (holder, held) in pairs {
                let heldFrom = holder == code ? neighbour.map { [$0] } : [code]
                let land = units.filter { unit in unit.isoCode != holder && (heldFrom?.contains(unit.isoCode) ?? true) }
                    .flatMap { $0.polygons.map(Self.polygon) }
                lines += planar.lines(planar.outlines(of: held), inside: true, of: land)
            }
        }
        return Boundary(name: name, polygons: [], lines: lines)
    }

    /// Coastline: every edge with no land across it, of the units with `code`, or of all units.
    public func coast(code: String?, name: String) -> Boundary {
        let members = code.map { code in units.filter { $0.isoCode == code } } ?? units
        let lines = members.flatMap { $0.polygons.flatMap { $0.flatMap { Self.lines(of: $0) { $0 == EdgeTag.coast } } } }
        return Boundary(name: name, polygons: [], lines: lines)
    }

    /// The parts of `held` on other countries' land: a file's shape drawn loosely over the sea
    /// adds no sea to the holder (A ∩ B as A − (A − B), over the units near it only).
    private func landOnly(_ held: [PlanarPolygon<Geographic>], excluding code: String, _ planar: PlanarGeometry) -> [PlanarPolygon<
        Geographic
    >] {
        guard let box = PlanarRect.enclosing(held.flatMap(\.exterior)) else { return [] }
        let land = units.filter { $0.isoCode != code }.flatMap { $0.polygons.map(Self.polygon) }
            .filter { polygon in PlanarRect.enclosing(polygon.exterior).map { $0.intersects(box) } ?? false }
        return planar.subtracting(planar.subtracting(land, from: held), from: held)
    }

    // MARK: - Rings to polygons and lines

    static func polygon(_ rings: [TaggedRing]) -> PlanarPolygon<Geographic> {
        PlanarPolygon(exterior: rings.first?.points ?? [], holes: rings.dropFirst().map(\.points))
    }

    /// The maximal runs of consecutive edges whose tag passes `accepts`, as polylines.
    static func lines(of ring: TaggedRing, where accepts: (UInt16) -> Bool) -> [[GeographicPoint]] {
        CutEdges.runs(of: ring.points) { accepts(ring.edgeTags[$0]) }
    }
}

/// A unit's rings: given, or decoded from the packed file on first use and then kept. A class so
/// copies of an atlas share one decode; the lock makes it safe across threads.
private final class PackedRings: @unchecked Sendable {
    private let lock = NSLock()
    private var decoded: [[AreaAtlas.TaggedRing]]?
    private let bytes: [UInt8]
    private let offset: Int

    init(decoded: [[AreaAtlas.TaggedRing]]) {
        self.decoded = decoded
        bytes = []
        offset = 0
    }

    init(bytes: [UInt8], offset: Int) {
        self.bytes = bytes
        self.offset = offset
    }

    var polygons: [[AreaAtlas.TaggedRing]] {
        lock.withLock {
            if let decoded { return decoded }
            var reader = PackedReader(bytes: bytes, position: offset)
            // `AreaAtlas.init(packed:)` checked these bytes, so the decode cannot fail.
            let polygons = AreaAtlas.polygons(&reader, decoding: true) ?? []
            decoded = polygons
            return polygons
        }
    }
}
