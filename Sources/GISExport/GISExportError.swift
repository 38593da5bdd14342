/// Why a GIS file could not be made.
public enum GISExportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// GDAL failed, or warned (which would leave a file unlike the schema), while writing `file`.
    case gdal(file: String, reason: String)

    public var description: String {
        switch self {
        case let .gdal(file, reason):
            let trimmed = reason.hasSuffix(".") ? String(reason.dropLast()) : reason
            return "GDAL could not write \(file) (\(trimmed)); nothing was written, so report this with the spec that caused it."
        }
    }
}
