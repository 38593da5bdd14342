import Foundation

/// A JSON number as Foundation's parser hands it over; `true` and `false` arrive as NSNumber too
/// (of the C type `char`) and are not numbers in GeoJSON.
public enum JSONNumber {
    public static func value(_ item: Any) -> Double? {
        guard let number = item as? NSNumber, String(cString: number.objCType) != "c" else { return nil }
        return number.doubleValue
    }
}
