/// Why a claim cannot be checked, as a sentence with the fix.
public enum ClaimsError: Error, Equatable, CustomStringConvertible {
    case unreadableStatement(text: String, reason: String)
    case unreadableTolerance(String)

    public var description: String {
        switch self {
        case let .unreadableStatement(text, reason):
            return "Cannot read the stated distance '\(text)': \(reason)"
        case let .unreadableTolerance(text):
            return "Cannot read the tolerance '\(text)'; give a percentage such as 3% or a length such as 10 km."
        }
    }
}
