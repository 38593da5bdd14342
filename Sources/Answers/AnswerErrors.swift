/// Bad input, as one sentence naming the input, the problem and a fix: exit 2 in the CLI, HTTP 400
/// in the server.
public struct InputError: Error, CustomStringConvertible {
    public let description: String
    public init(description: String) { self.description = description }
}

/// A file-system failure, described as one sentence naming the path and a fix: exit 3 in the CLI.
public struct IOFailure: Error, CustomStringConvertible {
    public let description: String
    public init(description: String) { self.description = description }
}
