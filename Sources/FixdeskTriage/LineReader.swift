import Foundation

/// Reads a file or standard input line by line in fixed-size chunks, so a large export is never
/// held whole in memory.
public struct LineReader {
    /// Bytes read at once.
    static let chunkSize = 256 * 1024
    /// A line longer than this is cut (the rest of it is skipped), which keeps memory bounded.
    public static let maximumLineBytes = 1 << 20

    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false
    private var skippingLongLine = false

    public init(handle: FileHandle) {
        self.handle = handle
    }

    /// The next line without its line end, or nil at the end of the input.
    public mutating func next() -> String? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                let line = buffer[start..<newline]
                start = newline + 1
                if skippingLongLine {
                    skippingLongLine = false
                    continue
                }
                return String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
            }
            if finished {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                return skippingLongLine ? nil : String(decoding: line, as: UTF8.self)
            }
            if buffer.count - start > Self.maximumLineBytes {
                let line = String(decoding: buffer[start..<(start + Self.maximumLineBytes)], as: UTF8.self)
                buffer.removeAll(keepingCapacity: true)
                start = 0
                skippingLongLine = true
                return line
            }
            buffer.removeSubrange(0..<start)
            start = 0
            let chunk = handle.readData(ofLength: Self.chunkSize)
            if chunk.isEmpty { finished = true } else { buffer += chunk }
        }
    }
}
