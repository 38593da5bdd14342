/// Text as a Shapefile's dBASE table can hold it: at most 254 bytes a field. Longer text (a claim's
/// explanation, a long note) is cut at a character boundary and ends with "…", so that GDAL never
/// truncates it mid-character or warns; every other format keeps the whole text.
enum DBaseText {
    static let maximumBytes = 254

    static func fitted(_ text: String) -> String {
        guard text.utf8.count > maximumBytes else { return text }
        let ellipsis = "…"
        var kept = ""
        var bytes = ellipsis.utf8.count
        for character in text {
            let size = String(character).utf8.count
            guard bytes + size <= maximumBytes else { break }
            kept.append(character)
            bytes += size
        }
        return kept + ellipsis
    }
}
