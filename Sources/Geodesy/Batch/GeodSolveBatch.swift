import Foundation

/// A drop-in for GeographicLib's `GeodSolve` on batch input, byte for byte: the inverse problem
/// (`GeodSolve -i`: `lat1 lon1 lat2 lon2` in, `azi1 azi2 s12` out) or the direct one (`GeodSolve`:
/// `lat1 lon1 azi1 s12` in, `lat2 lon2 azi2` out), angles with precision + 5 decimals and metres
/// with precision; with `full`, GeodSolve's `-f` line of twelve numbers.
public struct GeodSolveBatch: BatchMode {
    public enum Problem: Sendable {
        case inverse, direct
    }

    public let problem: Problem
    /// Decimals for metres, as GeodSolve's `-p` (0…10); angles get five more.
    public let precision: Int
    /// GeodSolve's `-f`: lat1 lon1 azi1 lat2 lon2 azi2 s12 a12 m12 M12 M21 S12, with the given
    /// longitudes (and the direct problem's azi1) reduced to [-180, 180] as GeodSolve reduces them.
    /// About a third slower: the reduced length, the scales and the area are solved too.
    public let full: Bool
    public let geodesic: Geodesic

    public init(_ problem: Problem, precision: Int = 3, full: Bool = false, geodesic: Geodesic = .wgs84) {
        self.problem = problem
        self.precision = max(0, min(precision, 10))
        self.full = full
        self.geodesic = geodesic
    }

    public var columns: BatchColumns { problem == .inverse ? .inverse : .direct }
    public var maximumAnswerBytes: Int { GeodSolveOutput.maximumFullBytes }

    @inline(__always)
    public func answer(_ values: (Double, Double, Double, Double), to output: inout ByteBuffer) {
        switch problem {
        case .inverse: answerInverse(values, to: &output)
        case .direct: answerDirect(values, to: &output)
        }
    }

    @inline(__always)
    private func answerInverse(_ values: (Double, Double, Double, Double), to output: inout ByteBuffer) {
        guard full else {
            let result = geodesic.inverse(
                latitude1Degrees: values.0, longitude1Degrees: values.1, latitude2Degrees: values.2, longitude2Degrees: values.3)
            GeodSolveOutput.triple(
                (result.initialAzimuthDegrees, result.finalAzimuthDegrees, result.distanceMeters),
                decimals: (precision + 5, precision + 5, precision), to: &output)
            return
        }
        let (result, details) = geodesic.inverseWithDetails(
            latitude1Degrees: values.0, longitude1Degrees: values.1, latitude2Degrees: values.2, longitude2Degrees: values.3)
        GeodSolveOutput.full(
            start: (values.0, Longitude.reduced(values.1), result.initialAzimuthDegrees),
            end: (values.2, Longitude.reduced(values.3), result.finalAzimuthDegrees), distanceMeters: result.distanceMeters,
            details: details, precision: precision, to: &output)
    }

    @inline(__always)
    private func answerDirect(_ values: (Double, Double, Double, Double), to output: inout ByteBuffer) {
        let end = geodesic.direct(
            latitude1Degrees: values.0, longitude1Degrees: values.1, azimuth1Degrees: values.2, distanceMeters: values.3,
            details: full)
        let arrival = (end.latitudeDegrees, end.longitudeDegrees, end.finalAzimuthDegrees)
        guard let details = end.details else {
            GeodSolveOutput.triple(arrival, decimals: GeodSolveOutput.angles(precision), to: &output)
            return
        }
        GeodSolveOutput.full(
            start: (values.0, Longitude.reduced(values.1), Longitude.reduced(values.2)), end: arrival, distanceMeters: values.3,
            details: details, precision: precision, to: &output)
    }
}
