/// A spec problem, located in its file: "maps/x.yaml:12:5: …".
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// Why a spec cannot become a map, as one sentence with the place in the file and the fix.
public struct MapModelError: Error, Equatable, CustomStringConvertible {
    public let location: SourceLocation?
    public let problem: String

    public init(_ location: SourceLocation?, _ problem: String) {
        self.location = location
        self.problem = problem
    }

    public var description: String {
        location.map { "\($0): \(problem)" } ?? problem
    }
}
