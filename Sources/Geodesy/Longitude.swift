import Foundation

/// The one home of longitude unwrapping: moving a longitude by whole turns next to another.
public enum Longitude {
    /// `degrees` moved by whole turns into [center − 180, center + 180): the copy of the meridian
    /// nearest `center`. Keeps a curve continuous across ±180° and brings features into a map's
    /// window. Far-off values are reduced with one remainder first, so the cost is constant.
    public static func unwrapped(_ degrees: Double, around center: Double) -> Double {
        var value = degrees
        if abs(value - center) > 720 { value = center + (value - center).truncatingRemainder(dividingBy: 360) }
        while value < center - 180 { value += 360 }
        while value >= center + 180 { value -= 360 }
        return value
    }

    /// Any angle reduced to [-180, 180] as GeographicLib's `AngNormalize` reduces it (and so as
    /// GeodSolve prints longitudes and azimuths): the remainder by 360, with ±180 keeping the sign
    /// of the input (540 → 180, −540 → −180) and −360 giving −0.
    @inline(__always)
    public static func reduced(_ degrees: Double) -> Double {
        let remainder = Foundation.remainder(degrees, 360)
        return abs(remainder) == 180 ? (degrees.sign == .minus ? -180 : 180) : remainder
    }
}
