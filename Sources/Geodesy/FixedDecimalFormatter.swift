import Foundation

/// Writes a Double with a fixed number of decimals, byte-for-byte as C's `printf("%.*f")` does,
/// without varargs or allocation.
///
/// The fast path scales by 10^decimals and rounds to an integer. That equals printf's correctly
/// rounded result unless the scaled value sits within 1e-4 of a tie (x.5), where the product's own
/// rounding could tip it; those rare values, and magnitudes beyond 2^52, go through `snprintf`.
public enum FixedDecimalFormatter {
    private static let powersOfTen: [Double] = (0...22).map { pow(10, Double($0)) }

    /// Appends `value` with `decimals` digits after the point (0…17) to `output`.
    @inline(__always)
    public static func append(_ value: Double, decimals: Int, to output: inout [UInt8]) {
        let scaled = abs(value) * powersOfTen[decimals]
        let fraction = scaled - scaled.rounded(.down)
        guard value.isFinite, scaled < 4.5e15, abs(fraction - 0.5) > 1e-4 else {
            appendSlow(value, decimals: decimals, to: &output)
            return
        }
        var integer = UInt64(scaled.rounded(.toNearestOrAwayFromZero))
        if value.sign == .minus { output.append(UInt8(ascii: "-")) }
        // Digits, least significant first, into a small stack buffer.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        let count = withUnsafeMutableBytes(of: &digits) { buffer -> Int in
            var count = 0
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(integer % 10)
                integer /= 10
                count += 1
            } while integer > 0 || count <= decimals
            return count
        }
        withUnsafeBytes(of: &digits) { buffer in
            for index in stride(from: count - 1, through: 0, by: -1) {
                output.append(buffer[index])
                if index == decimals, decimals > 0 { output.append(UInt8(ascii: ".")) }
            }
        }
    }

    private static func appendSlow(_ value: Double, decimals: Int, to output: inout [UInt8]) {
        var buffer = [CChar](repeating: 0, count: 400)
        let length = buffer.withUnsafeMutableBufferPointer { pointer in
            snprintfDouble(pointer.baseAddress!, pointer.count, decimals, value)
        }
        output.append(contentsOf: buffer[0..<Int(length)].map { UInt8(bitPattern: $0) })
    }

    /// `snprintf(buffer, size, "%.*f", decimals, value)` through a fixed C signature, so no CVarArg
    /// boxing happens on this (rare) path either.
    private static func snprintfDouble(_ buffer: UnsafeMutablePointer<CChar>, _ size: Int, _ decimals: Int, _ value: Double) -> Int32 {
        withVaList([Int32(decimals), value]) { vsnprintf(buffer, size, "%.*f", $0) }
    }
}
