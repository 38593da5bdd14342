/// The shortest path between two points on WGS84, as a line a map can draw.
public enum GeodesicPath {
    /// Vertices at most `spacingMeters` apart along the geodesic (default 1 km: a straight segment
    /// between neighbours then strays from the geodesic by centimetres in any common projection),
    /// split where the path crosses ±180°.
    public static func between(_ start: Coordinate, _ end: Coordinate, spacingMeters: Double = 1000) -> GeoMultiLineString {
        let line = Geodesic.wgs84.line(from: start, to: end)
        let segments = max(1, Int((line.distanceMeters / max(spacingMeters, 1)).rounded(.up)))
        let stepMeters = line.distanceMeters / Double(segments)
        let samples = (0...segments).map { line.unrolledPosition(atMeters: stepMeters * Double($0)) }
        return AntimeridianSplitter.splitLine(samples) { index, t in
            line.unrolledPosition(atMeters: stepMeters * (Double(index) + t))
        }
    }
}
