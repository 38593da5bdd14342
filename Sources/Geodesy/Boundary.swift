/// What a distance can run to besides a point: a country, a border, a coast, a user's front line.
///
/// Longitude/latitude throughout, with each edge straight in longitude/latitude as GeoJSON and
/// Natural Earth draw them (the 49th parallel stays a parallel). Rings are already split at ±180°;
/// the cut edges along ±180° and the poles are left out of `lines`, since no one's territory ends there.
public struct Boundary: Sendable {
    /// How the answer names it: "Russia", "the Russian border", "the coast".
    public let name: String
    /// Areas whose interior counts as reached (distance 0, "inside"); empty for lines such as a border.
    public let polygons: [PlanarPolygon<Geographic>]
    /// The true boundary as polylines: where a distance from outside (or from inside, to the edge) ends.
    public let lines: [[GeographicPoint]]

    public init(name: String, polygons: [PlanarPolygon<Geographic>], lines: [[GeographicPoint]]) {
        self.name = name
        self.polygons = polygons
        self.lines = lines.filter { $0.count >= 2 }
    }

    public var vertexCount: Int { lines.reduce(0) { $0 + $1.count } }

    /// Whether there is anything to measure to.
    public var isEmpty: Bool { lines.isEmpty && polygons.isEmpty }
}
