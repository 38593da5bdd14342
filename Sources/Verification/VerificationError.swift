import Geodesy

/// Why a stated distance or a tolerance cannot be checked, as a sentence with the fix.
public enum VerificationError: Error, Equatable, CustomStringConvertible {
    /// The length inside the statement is unreadable; `underlying` says why.
    case unreadableStatement(text: String, underlying: GeodesyError)
    case zeroStatement(String)
    case unreadableTolerance(String)

    public var description: String {
        switch self {
        case let .unreadableStatement(text, underlying):
            return "The stated distance '\(text)' \(underlying.lengthProblem)."
        case let .zeroStatement(text):
            return "The stated distance '\(text)' is zero, which no two places are apart; give the distance as the report states it."
        case let .unreadableTolerance(text):
            return "Cannot read the tolerance '\(text)'; give a percentage such as 3% or a length such as 10 km."
        }
    }
}
