import Foundation

/// GeodSolve's output lines, number by number: angles with precision + 5 decimals, metres with
/// precision, geodesic scales with precision + 7 and areas with precision − 7 (at least 0), each
/// as printf's "%.*f" writes it (GeographicLib's `Utility::str`, and `DMS::Encode` for NUMBER).
enum GeodSolveOutput {
    /// The most bytes a full line takes: 12 numbers and their spaces.
    static let maximumFullBytes = 12 * (FixedDecimalFormatter.maximumBytes + 1)

    /// Writes three numbers with their decimals, separated by spaces.
    @inline(__always)
    static func triple(_ values: (Double, Double, Double), decimals: (Int, Int, Int), to output: inout ByteBuffer) {
        output.append(values.0, decimals: decimals.0)
        output.append(UInt8(ascii: " "))
        output.append(values.1, decimals: decimals.1)
        output.append(UInt8(ascii: " "))
        output.append(values.2, decimals: decimals.2)
    }

    /// The decimals of three angles.
    @inline(__always)
    static func angles(_ precision: Int) -> (Int, Int, Int) { (precision + 5, precision + 5, precision + 5) }

    /// The full line (`-f`): lat1 lon1 azi1 lat2 lon2 azi2 s12 a12 m12 M12 M21 S12, the same in the
    /// inverse and the direct problem. Angles are written as given: the caller reduces longitudes
    /// and azimuths where GeodSolve does.
    static func full(
        start: (Double, Double, Double), end: (Double, Double, Double), distanceMeters: Double, details: GeodesicDetails,
        precision: Int, to output: inout ByteBuffer
    ) {
        triple(start, decimals: angles(precision), to: &output)
        output.append(UInt8(ascii: " "))
        triple(end, decimals: angles(precision), to: &output)
        output.append(UInt8(ascii: " "))
        triple(
            (distanceMeters, details.arcDegrees, details.reducedLengthMeters), decimals: (precision, precision + 5, precision),
            to: &output)
        output.append(UInt8(ascii: " "))
        triple(
            (details.geodesicScale12, details.geodesicScale21, details.areaSquareMeters),
            decimals: (precision + 7, precision + 7, max(precision - 7, 0)), to: &output)
    }
}
