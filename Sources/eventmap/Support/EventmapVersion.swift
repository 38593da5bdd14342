/// The eventmap release, following semantic versioning.
enum EventmapVersion {
    static let current = "0.1.0"
}
