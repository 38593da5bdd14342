import Answers
import CSV
import Foundation
import Gazetteer

/// `geocode --csv FILE --column NAME`: a spreadsheet in, the same spreadsheet out with each row's
/// place beside it. Rows stream through in batches answered on every core, in input order, so memory
/// stays bounded by a batch whatever the file's length. A name that cannot be answered fills the
/// `error` column and the run goes on (exit 2 at the end); a file that is not CSV stops the run at
/// the row where it stops being CSV, since what came before is already written.
struct GeocodeCSV {
    /// The columns added after the input's own, in this order.
    static let addedColumns = ["latitude", "longitude", "country", "matchKind", "ambiguity", "error"]
    /// A row (all its fields) longer than this is refused: a quote left open would otherwise read
    /// the rest of the file into one field.
    static let maximumRowBytes = 1_000_000
    static let rowsPerThread = 64

    let path: String
    let column: String
    let threads: Int
    let options: GeocodeOptions

    func run(places: Gazetteer) throws {
        let name = path == "-" ? "standard input" : path
        let handle = path == "-" ? FileHandle.standardInput : try InputFile.regularFile(path).handle
        let stream = FileInputStream(handle: handle, maximumRecordBytes: Self.maximumRowBytes)
        let reader: CSVReader
        do {
            reader = try CSVReader(stream: stream, hasHeaderRow: true)
        } catch {
            throw problem(error, stream: stream, name: name, row: 1)
        }
        if let error = reader.error { throw problem(error, stream: stream, name: name, row: 1) }
        stream.recordEnded()
        let header = reader.headerRow ?? []
        let nameIndex = try columnIndex(in: header, name: name)
        try StandardStream.standardOutput.write(try Self.csv([header + Self.addedColumns]))

        var batch: [(row: Int, fields: [String])] = []
        var rowNumber = 1
        var unanswered = 0
        var answered = 0
        func flush() throws {
            let rows = OrderedParallelMap.map(batch, threads: threads) { item in
                answer(item.fields, nameIndex: nameIndex, width: header.count, places: places)
            }
            unanswered += rows.filter { !$0.last!.isEmpty }.count
            answered += rows.count
            try StandardStream.standardOutput.write(try Self.csv(rows))
            batch.removeAll(keepingCapacity: true)
        }
        while let fields = reader.next() {
            rowNumber += 1
            if let error = reader.error { throw problem(error, stream: stream, name: name, row: rowNumber) }
            stream.recordEnded()
            if fields == [""] { continue }  // A blank line asks nothing.
            guard fields.count <= header.count else {
                throw InputError(
                    description: "\(name): row \(rowNumber) has \(fields.count) fields but the header has \(header.count); "
                        + "quote fields that contain commas (rows before it are written).")
            }
            batch.append((rowNumber, fields))
            if batch.count >= Self.rowsPerThread * threads { try flush() }
        }
        if let error = reader.error { throw problem(error, stream: stream, name: name, row: rowNumber + 1) }
        try flush()
        if unanswered > 0 {
            throw InputError(
                description: "\(name): \(unanswered) of \(answered) rows have no place (their error column says why); "
                    + "correct the names or add \"Name, Country\".")
        }
    }

    /// The row's own fields (padded to the header's width), then the added columns.
    private func answer(_ fields: [String], nameIndex: Int, width: Int, places: Gazetteer) -> [String] {
        let own = fields + Array(repeating: "", count: width - fields.count)
        let query = own[nameIndex].trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { return own + ["", "", "", "", "", "The \(column) cell is empty."] }
        do {
            guard let match = try places.geocode(query, options: options).first else {
                throw GazetteerError.unknownPlace(query: query, suggestions: [])
            }
            let place = match.place
            let kind = match.guess.map(\.words) ?? match.kind.reportName
            let ambiguity = match.isAmbiguous ? "ambiguous: also " + match.closeAlternatives.map(\.label).joined(separator: "; ") : ""
            return own + [
                "\(place.coordinate.latitudeDegrees)", "\(place.coordinate.longitudeDegrees)", place.countryCode, kind, ambiguity, "",
            ]
        } catch {
            return own + ["", "", "", "", "", "\(error)"]
        }
    }

    private func columnIndex(in header: [String], name: String) throws -> Int {
        let clash = header.filter(Self.addedColumns.contains)
        guard clash.isEmpty else {
            throw InputError(
                description: "\(name) already has a column named \(clash.map { "'\($0)'" }.joined(separator: ", ")); rename it, since "
                    + "geocode --csv adds \(Self.addedColumns.joined(separator: ", ")).")
        }
        guard let index = header.firstIndex(of: column) else {
            throw InputError(
                description: "\(name) has no column '\(column)'; its header row names \(header.map { "'\($0)'" }.joined(separator: ", ")). "
                    + "Give one of them with --column.")
        }
        return index
    }

    /// Why reading stopped at `row`, in one sentence.
    private func problem(_ error: Error, stream: FileInputStream, name: String, row: Int) -> Error {
        if stream.recordTooLong {
            return InputError(
                description: "\(name): row \(row) is longer than \(Self.maximumRowBytes / 1_000_000) MB; "
                    + "close the quote it opens, or split the row.")
        }
        if let streamError = stream.streamError {
            return IOFailure(description: "Cannot read \(name): \(streamError.localizedDescription).")
        }
        if case CSVError.unicodeDecoding = error {
            return InputError(description: "\(name): row \(row) is not UTF-8 text; save the file as UTF-8.")
        }
        if case CSVError.cannotReadHeaderRow = error {
            return InputError(description: "\(name) is empty; geocode --csv needs a header row naming the columns.")
        }
        return InputError(description: "\(name): row \(row) cannot be read as CSV (\(error)); save the file as CSV in UTF-8.")
    }

    /// Rows as CSV text, each ended by a newline; fields are quoted where CSV needs it.
    static func csv(_ rows: [[String]]) throws -> String {
        guard !rows.isEmpty else { return "" }
        let writer = try CSVWriter(stream: .toMemory())
        for row in rows { try writer.write(row: row) }
        writer.stream.close()
        let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
