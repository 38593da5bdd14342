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
        runs(of: points) { !isCut(points[$0], points[$0 + 1]) }
    }

    /// The maximal runs of consecutive edges that `keeps` (given an edge's index: point i to i + 1),
    /// as polylines. On a closed ring, a run that reaches the closing point continues into the first.
    public static func runs(of points: [GeographicPoint], keeping keeps: (Int) -> Bool) -> [[GeographicPoint]] {
        var lines: [[GeographicPoint]] = []
        var current: [GeographicPoint] = []
        for index in points.indices.dropLast() {
            if keeps(index) {
                if current.isEmpty { current.append(points[index]) }
                current.append(points[index + 1])
            } else if !current.isEmpty {
                lines.append(current)
                current = []
            }
        }
        guard !current.isEmpty else { return lines }
        if let first = lines.first, points.first == points.last, first.first == points.first, current.last == points.last {
            lines[0] = current + first.dropFirst()
        } else {
            lines.append(current)
        }
        return lines
    }
}
