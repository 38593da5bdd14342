import Gazetteer
import Geodesy

/// A longitude/latitude box that may cross the antimeridian (then west > east), as RFC 7946 §5.2.
public struct GeoBounds: Sendable, Equatable {
    public let west: Double
    public let south: Double
    public let east: Double
    public let north: Double

    public init(west: Double, south: Double, east: Double, north: Double) {
        self.west = west
        self.south = south
        self.east = east
        self.north = north
    }

    public var crossesAntimeridian: Bool { west > east }

    /// Whether the box holds `coordinate` (edges included), across ±180° when the box crosses it.
    public func contains(_ coordinate: Coordinate) -> Bool {
        guard (south...north).contains(coordinate.latitudeDegrees) else { return false }
        let longitude = coordinate.longitudeDegrees
        return crossesAntimeridian ? longitude >= west || longitude <= east : (west...east).contains(longitude)
    }

    /// "[118, 21.5, 123, 26.5]": the box as a spec writes `extent`.
    public var specText: String {
        "[" + [west, south, east, north].map { $0.formatted(.number.grouping(.never)) }.joined(separator: ", ") + "]"
    }

    /// Width in degrees of longitude, counting across ±180° when the box crosses it.
    public var widthDegrees: Double { crossesAntimeridian ? east + 360 - west : east - west }

    /// The smallest box holding every point: the longitudes take the shortest arc that covers them,
    /// found by leaving out the widest empty gap between sorted longitudes (so points at 170° and
    /// -170° give a 20° box across the antimeridian, not a 340° one).
    public static func enclosing(_ points: [Coordinate]) -> GeoBounds? {
        enclosing(points: points, paths: [])
    }

    /// The smallest box holding the points and every edge of the paths (lines, polygon rings): an
    /// edge covers the longitudes between its ends, so a ring around a pole or a world polygon spans
    /// all 360° even where its vertices leave gaps. Paths follow RFC 7946 and never cross ±180°.
    public static func enclosing(points: [Coordinate], paths: [[Coordinate]]) -> GeoBounds? {
        let all = points + paths.flatMap { $0 }
        guard let south = all.map(\.latitudeDegrees).min(), let north = all.map(\.latitudeDegrees).max() else { return nil }
        var intervals = points.map { ($0.longitudeDegrees, $0.longitudeDegrees) }
        for path in paths {
            intervals += path.map { ($0.longitudeDegrees, $0.longitudeDegrees) }
            intervals += zip(path, path.dropFirst()).map { a, b in
                (min(a.longitudeDegrees, b.longitudeDegrees), max(a.longitudeDegrees, b.longitudeDegrees))
            }
        }
        // Merge the covered intervals, then leave out the widest gap between them (around ±180° too).
        var merged: [(Double, Double)] = []
        for interval in intervals.sorted(by: { $0 < $1 }) {
            if let last = merged.last, interval.0 <= last.1 {
                merged[merged.count - 1].1 = max(last.1, interval.1)
            } else {
                merged.append(interval)
            }
        }
        guard let first = merged.first, let last = merged.last else { return nil }
        var widestGap = first.0 + 360 - last.1
        var west = first.0, east = last.1
        for (a, b) in zip(merged, merged.dropFirst()) where b.0 - a.1 > widestGap {
            widestGap = b.0 - a.1
            west = b.0
            east = a.1
        }
        if widestGap <= 0 { (west, east) = (-180, 180) }
        return GeoBounds(west: west == 180 ? -180 : west, south: south, east: east, north: north)
    }
}
