extension StringProtocol {
    /// The text without leading and trailing white space (newlines too). Foundation's
    /// `trimmingCharacters(in:)` builds a character set per call on Linux, and every geocoding query
    /// and claim is trimmed.
    public func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        // Slicing the string itself copies bytes; rebuilding a scalar view appended scalar by scalar.
        return String(self[first..<scalars.index(after: last)])
    }
}
