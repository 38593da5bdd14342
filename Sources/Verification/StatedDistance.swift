import Foundation
import Gazetteer
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

        /// The names the lexicon's [hedges] list uses: approximately, nearly, at-least, at-most.
        package init?(lexiconName: String) {
            switch lexiconName {
            case "approximately": self = .approximately
            case "nearly": self = .nearly
            case "at-least": self = .atLeast
            case "at-most": self = .atMost
            default: return nil
            }
        }
    }

    public let text: String
    public let length: Length
    /// The unit as written, so explanations answer in the reader's unit first.
    public let unit: LengthUnit
    public let qualifier: Qualifier
    /// Half a unit of the last significant digit as written ("460 km" → 5 km, "460.3 km" → 50 m),
    /// capped at 5% so a round "1,000 km" reads as 950–1,050 km, not 500–1,500 km; at 10% after an
    /// explicit "about", "some" or "around", which says the number is rounded ("about 30 km": 27–33 km).
    public let precisionMeters: Double

    /// Reads "about 460 km", "more than 285 miles", "460.3 km" with the lexicon's hedge grammar.
    public static func parse(_ text: String, hedges: Hedges) throws -> StatedDistance {
        let trimmed = text.trimmingWhitespace()
        let (qualifier, rest) = hedges.split(trimmed)
        let saysApproximately = qualifier == .approximately && rest.count < trimmed.count
        let reading: LengthText
        do {
            reading = try LengthText(rest)
        } catch let error as GeodesyError {
            throw VerificationError.unreadableStatement(text: text, underlying: error)
        }
        let length = Length(reading.value, reading.unit)
        guard length.meters > 0 else { throw VerificationError.zeroStatement(text) }
        let cap = saysApproximately ? 0.10 : 0.05
        let precision = min(halfUnitOfLastSignificantDigit(reading.number) * reading.unit.meters, cap * length.meters)
        return StatedDistance(
            text: text.trimmingWhitespace(), length: length,
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
