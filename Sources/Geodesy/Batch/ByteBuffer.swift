import Foundation

/// Bytes written through a pointer, for batch output: room for a line is made once with `reserve`,
/// then its numbers and separators are written without a check per byte (an `[UInt8]` append
/// checks capacity and uniqueness every time, about a third of the formatting cost).
///
/// Owns its memory; the owner calls `deallocate()` once, after the last use.
public struct ByteBuffer {
    public private(set) var base: UnsafeMutablePointer<UInt8>
    public private(set) var count = 0
    public private(set) var capacity: Int

    public init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    public var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// Makes room for `extra` more bytes, growing by doubling.
    @inline(__always)
    public mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        grow(to: count + extra)
    }

    private mutating func grow(to needed: Int) {
        var larger = capacity * 2
        while larger < needed { larger *= 2 }
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.update(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
    }

    public mutating func removeAll() { count = 0 }

    /// Free room after the bytes, for a `read` to fill; `didFill` then counts what it wrote.
    public var spare: (start: UnsafeMutablePointer<UInt8>, count: Int) { (base + count, capacity - count) }

    public mutating func didFill(_ bytes: Int) { count += bytes }

    /// Keeps the first `length` bytes.
    public mutating func truncate(to length: Int) { count = min(count, length) }

    /// Drops the first `prefix` bytes, moving the rest to the front.
    public mutating func removeFirst(_ prefix: Int) {
        guard prefix > 0 else { return }
        base.update(from: base + prefix, count: count - prefix)
        count -= prefix
    }

    /// Appends one byte; room must have been reserved.
    @inline(__always)
    public mutating func append(_ byte: UInt8) {
        base[count] = byte
        count += 1
    }

    /// Appends `value` with `decimals` decimals (see `FixedDecimalFormatter`); room for
    /// `FixedDecimalFormatter.maximumBytes` must have been reserved.
    @inline(__always)
    public mutating func append(_ value: Double, decimals: Int) {
        count += FixedDecimalFormatter.write(value, decimals: decimals, to: base + count)
    }

    /// Appends bytes, making room for them.
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + count).update(from: start, count: bytes.count)
        count += bytes.count
    }

    /// Appends the UTF-8 of `text`, making room for it.
    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    public func deallocate() { base.deallocate() }
}
