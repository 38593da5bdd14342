import Foundation

/// The one home of azimuth conventions: degrees clockwise from true north.
public enum Azimuth {
    /// The largest magnitude accepted as input, as GeodSolve accepts: a typo beyond it (4000° for
    /// 400°) is refused rather than wrapped round many times.
    public static let maximumInputDegrees = 540.0

    /// An input azimuth checked: finite and within ±540°.
    /// - Throws: `GeodesyError.azimuthOutOfRange`.
    public static func checked(_ degrees: Double) throws -> Double {
        guard degrees.isFinite, abs(degrees) <= maximumInputDegrees else { throw GeodesyError.azimuthOutOfRange(degrees) }
        return degrees
    }

    /// The same direction in [0, 360), as text shows azimuths (PROJ answers in (-180, 180]).
    public static func normalized(_ degrees: Double) -> Double {
        let wrapped = degrees.truncatingRemainder(dividingBy: 360)
        let positive = wrapped < 0 ? wrapped + 360 : wrapped
        return positive == 360 ? 0 : positive
    }

    /// Two decimals in [0, 360): a hair below 360 (due north from rounding) reads "0.00", not "360.00".
    public static func text(_ degrees: Double) -> String {
        let rounded = (normalized(degrees) * 100).rounded() / 100
        return String(format: "%.2f", rounded >= 360 ? 0 : rounded)
    }
}
