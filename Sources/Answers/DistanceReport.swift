import Gazetteer
import Geodesy

/// `distance --json`'s answer (and `/api/distance`'s): the geodesic between two places or areas,
/// measured between their nearest points.
public struct DistanceReport: Encodable, Sendable {
    public let from: EndpointReport
    public let to: EndpointReport
    public let distanceMeters: Double
    /// Whether the start lies inside the end area (or the areas meet); the distance is then 0.
    public let inside: Bool
    /// Where the measured geodesic runs: the nearest points of the two ends.
    public let nearestFrom: PointReport
    public let nearestTo: PointReport
    /// From `nearestFrom` to `nearestTo`: for a start inside an area, how far its edge is.
    public let boundaryDistanceMeters: Double
    public let initialAzimuthDegrees: Double
    public let finalAzimuthDegrees: Double
    public let warnings: [String]

    /// The two ends as resolved, what was measured between them, and the report of it.
    public struct Measured: Sendable {
        public let start: Endpoint
        public let end: Endpoint
        public let distance: BoundaryDistance
        public let geodesic: GeodesicInverse
        public let warnings: [String]
        public let report: DistanceReport
    }

    /// Resolves both names (places, coordinates or areas) and measures between them.
    public static func measure(
        from startName: String, to endName: String, resolver: EndpointResolver, options: GeocodeOptions
    ) throws -> Measured {
        let (start, startWarning) = try resolver.resolve(startName, options: options)
        let (end, endWarning) = try resolver.resolve(endName, options: options)
        let warnings = [startWarning, endWarning].compactMap { $0 }
        let measured = try EndpointMeasure().distance(from: start, to: end)
        let result = Geodesic.wgs84.inverse(from: measured.nearestFrom, to: measured.nearestTo)
        let report = DistanceReport(
            from: EndpointReport(start), to: EndpointReport(end), distanceMeters: measured.distanceMeters, inside: measured.isInside,
            nearestFrom: PointReport(measured.nearestFrom), nearestTo: PointReport(measured.nearestTo),
            boundaryDistanceMeters: measured.boundaryDistanceMeters, initialAzimuthDegrees: result.initialAzimuthDegrees,
            finalAzimuthDegrees: result.finalAzimuthDegrees, warnings: warnings)
        return Measured(start: start, end: end, distance: measured, geodesic: result, warnings: warnings, report: report)
    }
}
