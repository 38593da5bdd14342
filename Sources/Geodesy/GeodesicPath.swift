import Foundation

/// The shortest path between two points on WGS84, as a line a map can draw.
public enum GeodesicPath {
    /// How far a straight segment between two vertices (in longitude/latitude, as GeoJSON readers
    /// draw it) may stray from the geodesic: 1 m.
    public static let defaultToleranceMeters = 1.0

    /// Vertices no farther apart than this even where the geodesic is straight in longitude/latitude
    /// (along a meridian or the equator), so a reader that reprojects the line still bends it.
    public static let defaultMaximumSpacingMeters = 100_000.0

    /// The geodesic with vertices placed where it curves: a segment is halved until its midpoint on
    /// the geodesic lies within `toleranceMeters` of the segment's own midpoint, and no segment is
    /// longer than `maximumSpacingMeters`. Wŏnsan–Busan (471 km) takes 81 vertices, Murmansk–Nuuk
    /// (3,496 km, curving near the pole) 1,121 and pole to pole 353, where fixed 1 km steps took 473,
    /// 3,497 and 20,005.
    /// Split where the path crosses ±180°.
    public static func between(
        _ start: Coordinate, _ end: Coordinate, toleranceMeters: Double = defaultToleranceMeters,
        maximumSpacingMeters: Double = defaultMaximumSpacingMeters
    ) -> GeoMultiLineString {
        let line = Geodesic.wgs84.line(from: start, to: end)
        let segments = max(1, Int((line.distanceMeters / max(maximumSpacingMeters, 1)).rounded(.up)))
        let step = line.distanceMeters / Double(segments)
        let sample = { (meters: Double) in Sample(meters: meters, position: line.unrolledPosition(atMeters: meters)) }
        var samples = [sample(0)]
        for index in 1...segments {
            refine(
                line, from: samples[samples.count - 1], to: sample(step * Double(index)), toleranceMeters: toleranceMeters, depth: 0,
                into: &samples)
        }
        return AntimeridianSplitter.splitLine(samples.map(\.position)) { index, t in
            line.unrolledPosition(atMeters: samples[index].meters + t * (samples[index + 1].meters - samples[index].meters))
        }
    }

    /// A vertex: how far along the line it is, and where.
    private struct Sample {
        let meters: Double
        let position: GeographicPoint
    }

    /// Appends the samples that end the pieces of [from, to], halving while the midpoint strays; each
    /// position is solved once. At most 2^20 pieces, which no geodesic on Earth needs.
    private static func refine(
        _ line: GeodesicLine, from: Sample, to: Sample, toleranceMeters: Double, depth: Int, into samples: inout [Sample]
    ) {
        let middleMeters = (from.meters + to.meters) / 2
        let middle = Sample(meters: middleMeters, position: line.unrolledPosition(atMeters: middleMeters))
        if depth < 20, stray(middle.position, from: from.position, to: to.position) > toleranceMeters {
            refine(line, from: from, to: middle, toleranceMeters: toleranceMeters, depth: depth + 1, into: &samples)
            refine(line, from: middle, to: to, toleranceMeters: toleranceMeters, depth: depth + 1, into: &samples)
        } else {
            samples.append(to)
        }
    }

    /// Metres between the geodesic's midpoint and the midpoint of the straight longitude/latitude
    /// segment, on the local tangent plane (accurate far beyond the 1 m that matters here).
    private static func stray(_ onLine: GeographicPoint, from a: GeographicPoint, to b: GeographicPoint) -> Double {
        let chordLongitude = (a.longitudeDegrees + b.longitudeDegrees) / 2, chordLatitude = (a.latitudeDegrees + b.latitudeDegrees) / 2
        let metersPerDegree = 111_320.0
        let north = (onLine.latitudeDegrees - chordLatitude) * metersPerDegree
        let east = (onLine.longitudeDegrees - chordLongitude) * metersPerDegree * cos(onLine.latitudeDegrees * .pi / 180)
        return (north * north + east * east).squareRoot()
    }
}
