import ArgumentParser
import Geodesy

extension LengthUnit: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(spelling: argument)
    }

    public static var allValueStrings: [String] { allCases.map(\.symbol) }
}

extension Length: ExpressibleByArgument {
    /// Command-line lengths must carry a unit ("460 km"); a parse failure becomes a usage error.
    public init?(argument: String) {
        guard let length = try? Length.parse(argument) else { return nil }
        self = length
    }
}
