import Foundation
import Geodesy

/// `places.tsv` kept as raw bytes (memory-mapped) with the offset of every row from `places.idx`;
/// a row is parsed only when asked for, so a cold lookup reads a few pages, not the 16 MB table.
///
/// Columns: GeoNames id (empty for Natural Earth areas, seas and sites), name, latitude, longitude,
/// country code, admin-1 name, population, capital flag, kind ("place", "country", "region", "sea",
/// "site/air base"), extent in metres (0: estimate from population).
///
/// `places.idx` (gazetteer/build.py): b"EMPIDX1\n", u32 row count, then row count + 1 u32 byte
/// offsets (each row's start, then the table's end), little-endian.
struct PlaceTable: Sendable {
    private let bytes: Data
    /// Row starts and the end, as u32 little-endian.
    private let offsets: Data
    let count: Int
    private let countries: CountryTable

    /// A table with its index; nil when the index does not describe these bytes (a stale build).
    init?(bytes: Data, index: Data, countries: CountryTable) {
        guard index.count >= 12, index.prefix(8) == Data("EMPIDX1\n".utf8) else { return nil }
        let count = Int(index.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 8, as: UInt32.self).littleEndian })
        guard index.count == 12 + 4 * (count + 1) else { return nil }
        self.bytes = bytes
        self.offsets = index.subdata(in: 12..<index.count)
        self.count = count
        self.countries = countries
        guard count == 0 || Int(offset(count)) == bytes.count else { return nil }
    }

    /// A table of no rows (a gazetteer of custom entries only).
    init(countries: CountryTable) {
        bytes = Data()
        offsets = Data(count: 4)
        count = 0
        self.countries = countries
    }

    private func offset(_ row: Int) -> UInt32 {
        offsets.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 4 * row, as: UInt32.self).littleEndian }
    }

    /// The place on line `row`, with whether it is its country's capital; nil for a malformed line.
    func record(at row: Int) -> PlaceRecord? {
        guard row >= 0, row < count else { return nil }
        let start = Int(offset(row)), end = Int(offset(row + 1)) - 1
        guard start <= end, end < bytes.count else { return nil }
        // The row's ten fields, read in one pass (a geocoding answer reads a row per candidate name).
        var fields: [String] = []
        fields.reserveCapacity(10)
        bytes.withUnsafeBytes { buffer in
            var fieldStart = start
            for index in start...end where index == end || buffer[index] == UInt8(ascii: "\t") {
                fields.append(String(decoding: UnsafeRawBufferPointer(rebasing: buffer[fieldStart..<index]), as: UTF8.self))
                fieldStart = index + 1
            }
        }
        guard fields.count >= 10, let latitude = Double(fields[2]), let longitude = Double(fields[3]) else { return nil }
        let kind = PlaceKind(column: Substring(fields[8]))
        let extent = Double(fields[9]) ?? 0
        // Natural Earth's "-1" marks a unit with no ISO code (Somaliland, Kashmir, Northern Cyprus, the
        // Spratly Islands): no code, and such a unit is named as itself.
        let code = fields[4] == "-1" ? "" : fields[4]
        let place = Place(
            name: fields[1],
            coordinate: Coordinate(uncheckedLatitudeDegrees: latitude, longitudeDegrees: longitude),
            countryCode: code, country: fields[4] == "-1" ? fields[1] : countries.name(forCode: code),
            admin1: fields[5].isEmpty ? nil : fields[5], population: Int(fields[6]) ?? 0, geonameID: Int(fields[0]),
            extentMeters: extent > 0 ? extent : nil, kind: kind,
            siteKind: kind == .site ? String(fields[8].dropFirst("site/".count)) : nil)
        return PlaceRecord(place: place, isCapital: fields[7].hasPrefix("1"))
    }
}

/// A place with the facts ranking needs that `Place` does not carry.
struct PlaceRecord: Sendable {
    let place: Place
    let isCapital: Bool
}
