import Foundation
import Geodesy

/// A distance as a report states it: a number with a unit, how precisely it is written, and the
/// hedge around it ("about", "more than", "up to").
public struct StatedDistance: Sendable, Equatable {
    /// How the words around the number bound the real distance.
    public enum Qualifier: String, Sendable, Codable {
        /// "460 km", "about 460 km": the distance is near the number.
        case approximately
        /// "nearly 460 km", "almost": a little below the number.
        case nearly
        /// "more than 460 km", "over", "at least": the number is a lower bound.
        case atLeast
        /// "up to 460 km", "less than", "within": the number is an upper bound.
        case atMost
    }

    public let text: String
    public let length: Length
    /// The unit as written, so explanations answer in the reader's unit first.
    public let unit: LengthUnit
    public let qualifier: Qualifier
    /// Half a unit of the last significant digit as written ("460 km" → 5 km, "460.3 km" → 50 m),
    /// capped at 5% so a round "1,000 km" reads as 950–1,050 km, not 500–1,500 km.
    public let precisionMeters: Double

    private static let qualifierWords: [(String, Qualifier)] = [
        ("more than", .atLeast), ("in excess of", .atLeast), ("at least", .atLeast), ("over", .atLeast),
        ("upwards of", .atLeast), ("up to", .atMost), ("less than", .atMost), ("under", .atMost),
        ("at most", .atMost), ("within", .atMost), ("no more than", .atMost), ("nearly", .nearly),
        ("almost", .nearly), ("just under", .nearly), ("about", .approximately), ("around", .approximately),
        ("roughly", .approximately), ("approximately", .approximately), ("some", .approximately),
        ("approx.", .approximately), ("circa", .approximately), ("c.", .approximately), ("~", .approximately),
    ]

    public static func parse(_ text: String) throws -> StatedDistance {
        var rest = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var qualifier = Qualifier.approximately
        let lowered = rest.lowercased()
        if let (word, meaning) = qualifierWords.sorted(by: { $0.0.count > $1.0.count }).first(where: { lowered.hasPrefix($0.0) }) {
            qualifier = meaning
            rest = String(rest.dropFirst(word.count)).trimmingCharacters(in: .whitespaces)
        }
        let reading: LengthText
        do {
            reading = try LengthText(rest)
        } catch let error as GeodesyError {
            throw ClaimsError.unreadableStatement(text: text, underlying: error)
        }
        let length = Length(reading.value, reading.unit)
        guard length.meters > 0 else { throw ClaimsError.zeroStatement(text) }
        let precision = min(halfUnitOfLastSignificantDigit(reading.number) * reading.unit.meters, 0.05 * length.meters)
        return StatedDistance(text: text.trimmingCharacters(in: .whitespacesAndNewlines), length: length,
                              unit: reading.unit, qualifier: qualifier, precisionMeters: precision)
    }

    /// "460" → 5, "460.3" → 0.05, "1000" → 500, "1.2e3" → 50, "7" → 0.5.
    static func halfUnitOfLastSignificantDigit(_ number: String) -> Double {
        let lowered = number.lowercased()
        let mantissa = lowered.split(separator: "e").first.map(String.init) ?? lowered
        let exponent = lowered.split(separator: "e").dropFirst().first.flatMap { Int($0) } ?? 0
        let unit: Double
        if let point = mantissa.firstIndex(of: ".") {
            unit = pow(10, -Double(mantissa.distance(from: point, to: mantissa.endIndex) - 1))
        } else {
            let trailingZeros = mantissa.reversed().prefix { $0 == "0" }.count
            unit = trailingZeros == mantissa.count ? 1 : pow(10, Double(trailingZeros))
        }
        return unit * pow(10, Double(exponent)) / 2
    }
}
