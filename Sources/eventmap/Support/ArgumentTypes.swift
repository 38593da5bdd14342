import Answers
import ArgumentParser
import Geodesy

// Typed option values. Lengths, tolerances and stated distances are read by the libraries' own
// parsers through `transform:`, so a bad value is refused with the library's sentence (found inside
// ArgumentParser's wrapper by `ErrorExitCodes.ownError`), and options that take them are declared
// `parsing: .unconditional` so that "-5 km" or "-29.5" is a value, not an option.

extension LengthUnit: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(spelling: argument)
    }

    public static var allValueStrings: [String] { allCases.map(\.symbol) }
}

/// Place names or coordinates given as positional arguments.
///
/// ArgumentParser would take "-33.86, 151.2" for an option, so commands collect their places with
/// `.allUnrecognized` and check them here: the count, and no stray option among them.
enum PlaceArguments {
    /// Refuses the values unless there are `count` of them and none is an unknown option.
    static func check(_ values: [String], count: Int, command: String, example: String) throws {
        if let option = values.first(where: isOptionLike) {
            throw ValidationError("Unknown option '\(option)'; see 'eventmap \(command) --help'.")
        }
        guard values.count == count else {
            let wanted = count == 1 ? "one place" : count == 2 ? "two places" : "\(count) places"
            throw ValidationError("Give \(wanted), e.g. eventmap \(command) \(example); quote names with spaces.")
        }
    }

    /// "--json" or "-x", but not "-33.86, 151.2" or "-0.5 1.2".
    private static func isOptionLike(_ value: String) -> Bool {
        guard value.hasPrefix("-"), let second = value.dropFirst().first else { return false }
        return !(second.isNumber || second == ".")
    }
}
