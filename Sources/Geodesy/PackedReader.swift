/// A bounds-checked little-endian cursor over the packed data files that maps/basemap/pack.py writes
/// (countries.bin, admin1-lines.bin, areas.bin). Every read returns nil past the end instead of
/// trapping, so a truncated or corrupt file becomes an error message, not a crash.
public struct PackedReader {
    private let bytes: [UInt8]
    private var offset = 0

    public init(bytes: [UInt8], position: Int = 0) {
        self.bytes = bytes
        offset = position
    }

    public var isAtEnd: Bool { offset == bytes.count }
    /// How many bytes have been read.
    public var position: Int { offset }

    public mutating func take(_ count: Int) -> [UInt8]? {
        guard count >= 0, offset + count <= bytes.count else { return nil }
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }

    /// A u32 count of items that each take at least `minimumBytes`, or nil when the rest of the file
    /// cannot hold that many: a corrupt header must not size an allocation (2³² lines, 17 GB).
    public mutating func count(ofItemsOfAtLeast minimumBytes: Int) -> Int? {
        guard let count = u32().map(Int.init), count <= (bytes.count - offset) / max(minimumBytes, 1) else { return nil }
        return count
    }

    public mutating func u16() -> UInt16? {
        take(2).map { UInt16($0[0]) | UInt16($0[1]) << 8 }
    }

    public mutating func u32() -> UInt32? {
        take(4).map { $0.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (8 * UInt32($1.offset)) } }
    }

    /// A u16 length, then that many bytes of UTF-8.
    public mutating func text() -> String? {
        guard let length = u16(), let raw = take(Int(length)) else { return nil }
        return String(decoding: raw, as: UTF8.self)
    }

    /// `count` (longitude, latitude) pairs of little-endian float32.
    public mutating func float32Points(_ count: Int) -> [GeographicPoint]? {
        guard count >= 0, offset + count * 8 <= bytes.count else { return nil }
        let start = offset
        let points = bytes.withUnsafeBytes { buffer in
            (0..<count).map { index -> GeographicPoint in
                let base = start + index * 8
                let x = Float(bitPattern: UInt32(littleEndian: buffer.loadUnaligned(fromByteOffset: base, as: UInt32.self)))
                let y = Float(bitPattern: UInt32(littleEndian: buffer.loadUnaligned(fromByteOffset: base + 4, as: UInt32.self)))
                return GeographicPoint(x: Double(x), y: Double(y))
            }
        }
        offset += count * 8
        return points
    }

    /// A zigzag varint (small magnitudes of either sign in one or two bytes), at most 64 bits.
    public mutating func zigzagVarint() -> Int64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count, shift < 64 {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1) }
            shift += 7
        }
        return nil
    }

    /// `count` points stored as varint differences in microdegrees from the previous point (the first from 0).
    public mutating func microdegreeDeltaPoints(_ count: Int) -> [GeographicPoint]? {
        guard count >= 0, count <= bytes.count - offset else { return nil }
        var points: [GeographicPoint] = []
        points.reserveCapacity(count)
        let read = readMicrodegreeDeltas(count) { x, y in points.append(GeographicPoint(x: Double(x) / 1e6, y: Double(y) / 1e6)) }
        return read ? points : nil
    }

    /// Reads past `count` such points, checking them as `microdegreeDeltaPoints` does, without
    /// keeping them: false when they are cut short or out of range.
    public mutating func skipMicrodegreeDeltaPoints(_ count: Int) -> Bool {
        guard count >= 0, count <= bytes.count - offset else { return false }
        return readMicrodegreeDeltas(count) { _, _ in }
    }

    /// The points' coordinates in microdegrees, in one tight pass over the raw bytes (whole files are
    /// checked at load), each handed to `each`; false when cut short or out of range.
    private mutating func readMicrodegreeDeltas(_ count: Int, _ each: (Int64, Int64) -> Void) -> Bool {
        let start = offset
        let end: Int? = bytes.withUnsafeBufferPointer { buffer in
            var position = start
            func varint() -> Int64? {
                var value: UInt64 = 0, shift: UInt64 = 0
                while position < buffer.count, shift < 64 {
                    let byte = buffer[position]
                    position += 1
                    value |= UInt64(byte & 0x7F) << shift
                    if byte & 0x80 == 0 { return Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1) }
                    shift += 7
                }
                return nil
            }
            var x: Int64 = 0, y: Int64 = 0
            for _ in 0..<count {
                guard let dx = varint(), let dy = varint() else { return nil }
                x &+= dx
                y &+= dy
                guard abs(x) <= 180_000_000, abs(y) <= 90_000_000 else { return nil }
                each(x, y)
            }
            return position
        }
        guard let end else { return false }
        offset = end
        return true
    }
}
