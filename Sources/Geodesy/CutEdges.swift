/// Edges that close a ring split for GeoJSON or a flat map, rather than bound anything: along ±180°
/// (where the splitter cuts) or along a pole (where a ring around it is closed). Drawn as fill, never
/// stroked; measured to, never.
public enum CutEdges {
    /// Whether the edge from `a` to `b` runs along ±180° or along a pole.
    public static func isCut(_ a: GeographicPoint, _ b: GeographicPoint) -> Bool {
        (abs(a.x) == 180 && a.x == b.x) || (abs(a.y) >= 89.999_999 && abs(b.y) >= 89.999_999)
    }

    /// The ring's (or line's) runs of edges that are not cuts, as polylines.
    public static func trueLines(_ points: [GeographicPoint]) -> [[GeographicPoint]] {
        var lines: [[GeographicPoint]] = []
        var current: [GeographicPoint] = []
        for (a, b) in zip(points, points.dropFirst()) {
            if isCut(a, b) {
                if current.count >= 2 { lines.append(current) }
                current = []
            } else {
                if current.isEmpty { current.append(a) }
                current.append(b)
            }
        }
        if current.count >= 2 {
            // A closed ring whose cut-free run wraps past its first point continues into the first run.
            if let first = lines.first, points.first == points.last, first.first == current.last {
                lines[0] = current + first.dropFirst()
            } else {
                lines.append(current)
            }
        }
        return lines
    }
}
