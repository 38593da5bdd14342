import Foundation

/// An `InputStream` over an open file descriptor (a regular file checked by `InputFile`, or standard
/// input), for readers that take a stream (the CSV reader). It counts the bytes handed out since the
/// caller last said a record ended, and fails the read once that passes `maximumRecordBytes`, so a
/// quote that never closes cannot pull a whole file into one field.
final class FileInputStream: InputStream {
    private let handle: FileHandle
    private let maximumRecordBytes: Int
    private var bytesSinceRecord = 0
    private var status: Stream.Status = .notOpen
    private var failure: Error?
    /// Whether the last read failed because one record passed `maximumRecordBytes`.
    private(set) var recordTooLong = false

    init(handle: FileHandle, maximumRecordBytes: Int) {
        self.handle = handle
        self.maximumRecordBytes = maximumRecordBytes
        super.init(data: Data())
    }

    /// The reader finished a record: its bytes no longer count against the limit. The reader reads
    /// ahead by up to its buffer, so the limit is exact to within that buffer's size.
    func recordEnded() { bytesSinceRecord = 0 }

    override func open() { status = .open }
    override func close() { status = .closed }
    override var streamStatus: Stream.Status { status }
    override var streamError: Error? { failure }

    /// True until the file's end was read (and after a failure, so that the reader's next read
    /// reports it): readers ask before each read, so this reads ahead.
    override var hasBytesAvailable: Bool {
        fill()
        return pending.count > consumed || status == .error
    }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        fill()
        if status == .error { return -1 }
        let count = min(length, pending.count - consumed)
        guard count > 0 else { return 0 }
        pending.withUnsafeBufferPointer { bytes in
            buffer.update(from: bytes.baseAddress! + consumed, count: count)
        }
        consumed += count
        bytesSinceRecord += count
        return count
    }

    /// Bytes read from the descriptor and not yet handed out.
    private var pending: [UInt8] = []
    private var consumed = 0
    private static let chunkBytes = 1 << 16

    /// Reads the next chunk once the last is handed out; at the end of the file, the status says so.
    private func fill() {
        guard status == .open, consumed == pending.count else { return }
        if bytesSinceRecord > maximumRecordBytes {
            recordTooLong = true
            status = .error
            return
        }
        pending = [UInt8](repeating: 0, count: Self.chunkBytes)
        consumed = 0
        var count: Int
        repeat {
            count = pending.withUnsafeMutableBytes { Foundation.read(handle.fileDescriptor, $0.baseAddress, Self.chunkBytes) }
        } while count < 0 && errno == EINTR
        if count < 0 {
            failure = POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            status = .error
            pending = []
        } else {
            pending.removeSubrange(count...)
            if count == 0 { status = .atEnd }
        }
    }
}
