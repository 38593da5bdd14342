import Foundation

/// Writes a Double with a fixed number of decimals, byte-for-byte as C's `printf("%.*f")` does,
/// without varargs or allocation; not-a-number and infinities as GeographicLib writes them ("nan",
/// "inf", "-inf": printf would write "-nan" for a negative NaN).
///
/// The fast path scales by 10^decimals and rounds to an integer. That equals printf's correctly
/// rounded result unless the scaled value sits within 1e-4 of a tie (x.5), where the product's own
/// rounding could tip it; those rare values, and magnitudes beyond 2^52, go through `snprintf`.
public enum FixedDecimalFormatter {
    /// Room for any one number: a sign, 309 integer digits (Double's largest), the point, 17
    /// decimals, and the NUL that `snprintf` adds on the slow path.
    public static let maximumBytes = 330

    private static let powersOfTen: [Double] = (0...22).map { pow(10, Double($0)) }

    /// The ASCII digits of 00…99, so the fast path writes two digits per division (a static string
    /// needs no lazy initialisation on each use, as an array would).
    private static let digitPairs: StaticString = """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """

    /// Appends `value` with `decimals` digits after the point (0…17) to `output`.
    public static func append(_ value: Double, decimals: Int, to output: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumBytes) { buffer in
            guard let base = buffer.baseAddress else { return }
            output.append(contentsOf: UnsafeBufferPointer(start: base, count: write(value, decimals: decimals, to: base)))
        }
    }

    /// Writes `value` with `decimals` digits after the point (0…17) at `output`, which has room for
    /// `maximumBytes`; returns how many bytes it wrote.
    @inline(__always)
    public static func write(_ value: Double, decimals: Int, to output: UnsafeMutablePointer<UInt8>) -> Int {
        let scaled = abs(value) * powersOfTen[decimals]
        // Also false for NaN; infinity and huge values fail it too.
        guard scaled < 4.5e15 else { return writeSlow(value, decimals: decimals, to: output) }
        let truncated = UInt64(scaled)
        let fraction = scaled - Double(truncated)
        guard abs(fraction - 0.5) > 1e-4 else { return writeSlow(value, decimals: decimals, to: output) }
        let digits = truncated + (fraction > 0.5 ? 1 : 0)
        var divisor: UInt64 = 1
        for _ in 0..<decimals { divisor &*= 10 }
        let whole = digits / divisor
        var wholeDigits = 1
        var limit: UInt64 = 10
        while whole >= limit, wholeDigits < 16 {
            wholeDigits += 1
            limit &*= 10
        }
        var position = output
        if value.sign == .minus {
            position.pointee = UInt8(ascii: "-")
            position += 1
        }
        writeDigits(whole, count: wholeDigits, endingAt: position + wholeDigits)
        position += wholeDigits
        if decimals > 0 {
            position.pointee = UInt8(ascii: ".")
            writeDigits(digits - whole * divisor, count: decimals, endingAt: position + 1 + decimals)
            position += 1 + decimals
        }
        return position - output
    }

    /// The last `count` decimal digits of `value`, zero-padded, ending just before `end`.
    @inline(__always)
    private static func writeDigits(_ value: UInt64, count: Int, endingAt end: UnsafeMutablePointer<UInt8>) {
        let pairs = digitPairs.utf8Start
        var rest = value, position = end, remaining = count
        while remaining >= 2 {
            let pair = Int(rest % 100) * 2
            rest /= 100
            position -= 2
            position[0] = pairs[pair]
            position[1] = pairs[pair + 1]
            remaining -= 2
        }
        if remaining == 1 { (position - 1).pointee = UInt8(ascii: "0") + UInt8(rest % 10) }
    }

    private static func writeSlow(_ value: Double, decimals: Int, to output: UnsafeMutablePointer<UInt8>) -> Int {
        guard value.isFinite else {
            let text: StaticString = value.isNaN ? "nan" : value < 0 ? "-inf" : "inf"
            output.update(from: text.utf8Start, count: text.utf8CodeUnitCount)
            return text.utf8CodeUnitCount
        }
        return output.withMemoryRebound(to: CChar.self, capacity: maximumBytes) { buffer in
            Int(snprintfDouble(buffer, maximumBytes, decimals, value))
        }
    }

    /// `snprintf(buffer, size, "%.*f", decimals, value)` through a fixed C signature, so no CVarArg
    /// boxing happens on this (rare) path either.
    private static func snprintfDouble(_ buffer: UnsafeMutablePointer<CChar>, _ size: Int, _ decimals: Int, _ value: Double) -> Int32 {
        withVaList([Int32(decimals), value]) { vsnprintf(buffer, size, "%.*f", $0) }
    }
}
