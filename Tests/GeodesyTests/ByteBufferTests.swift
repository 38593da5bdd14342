import XCTest

@testable import Geodesy

final class ByteBufferTests: XCTestCase {
    func testGrowingKeepsTheBytesWritten() {
        var buffer = ByteBuffer(capacity: 4)
        defer { buffer.deallocate() }
        for byte in 0..<200 {
            buffer.reserve(1)
            buffer.append(UInt8(byte))
        }
        XCTAssertEqual(Array(buffer.bytes), (0..<200).map(UInt8.init))
        XCTAssertGreaterThanOrEqual(buffer.capacity, 200)
    }

    func testNumbersTextAndReadsLandAfterTheBytes() {
        var buffer = ByteBuffer(capacity: 8)
        defer { buffer.deallocate() }
        buffer.append("x=")
        buffer.reserve(FixedDecimalFormatter.maximumBytes)
        buffer.append(-1.25, decimals: 3)
        let spare = buffer.spare
        spare.start.pointee = UInt8(ascii: "!")
        buffer.didFill(1)
        XCTAssertEqual(String(decoding: buffer.bytes, as: UTF8.self), "x=-1.250!")
        buffer.removeFirst(2)
        buffer.truncate(to: 3)
        XCTAssertEqual(String(decoding: buffer.bytes, as: UTF8.self), "-1.")
    }
}
