import Geodesy

/// How far a computed distance may stray from a stated one and still agree, beyond the precision
/// the statement is written with: a share of the stated distance, or a fixed length.
public enum Tolerance: Sendable, Equatable, CustomStringConvertible {
    case relative(Double)
    case absolute(Length)

    /// 3%: about the spread between a route's endpoints as different sources place them, and the
    /// rounding reports apply to flight distances ("460 km" for 471 km is within it; "1,000 km" for
    /// 412 km is not).
    public static let standard = Tolerance.relative(0.03)

    /// "3%", "0.5 %", "10km", "10 km", "5 mi".
    public static func parse(_ text: String) throws -> Tolerance {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("%") {
            guard let percent = Double(trimmed.dropLast().trimmingCharacters(in: .whitespaces)), percent.isFinite,
                (0...100).contains(percent)
            else {
                throw VerificationError.unreadableTolerance(text)
            }
            return .relative(percent / 100)
        }
        guard let length = try? Length.parse(trimmed) else { throw VerificationError.unreadableTolerance(text) }
        return .absolute(length)
    }

    public func meters(for stated: Length) -> Double {
        switch self {
        case let .relative(share): return share * stated.meters
        case let .absolute(length): return length.meters
        }
    }

    public var description: String {
        switch self {
        case let .relative(share): return "\(Length.plainNumber(share * 100, maximumDecimals: 3))%"
        case let .absolute(length): return length.formatted()
        }
    }
}
