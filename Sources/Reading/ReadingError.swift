/// Why reading cannot start: its word lists are broken. A broken installation, not bad input.
public enum ReadingError: Error, Equatable, CustomStringConvertible {
    /// The lexicon file is malformed.
    case lexiconInvalid(path: String, line: Int, problem: String)

    public var description: String {
        switch self {
        case let .lexiconInvalid(path, line, problem):
            return "\(path):\(line): \(problem); see the comments at the top of the file for its layout."
        }
    }
}
