import Answers
import Foundation
import GISFormats
import Gazetteer
import MapModel

/// `render --events FILE`: places from a table (a CSV, a GeoPackage, any layer GDAL reads), a row
/// each: where (a `place` column read by the gazetteer's rules, `latitude` and `longitude`, or a
/// point geometry) and, optionally, `date`, `role`, `label` and `note`. Column names are read
/// without regard to case. Every bad row is reported, one sentence each, and none is drawn.
enum EventTable {
    /// The table's rows as spec places, checked row by row.
    /// - Throws: `InputError` with one sentence per bad row (file, row, problem); `GISError` when GDAL
    ///   cannot read the file at all.
    static func places(at path: String, gazetteer: Gazetteer, options: GeocodeOptions) throws -> [MapSpec.PlaceSpec] {
        _ = try InputFile.regularFile(path)  // a FIFO or device refused before GDAL opens it; noted as an input
        let rows = try GISReader.table(at: path)
        guard !rows.isEmpty else { throw InputError(description: "\(path) has no rows; give a table of events, a row each.") }
        var places: [MapSpec.PlaceSpec] = []
        var problems: [String] = []
        for row in rows {
            do {
                places.append(try place(row, path: path, gazetteer: gazetteer, options: options))
            } catch let problem as RowProblem {
                problems.append("\(path), row \(row.number): \(problem.sentence)")
            }
        }
        guard problems.isEmpty else {
            // A line on stderr per bad row, then the run stops with one sentence (exit 2).
            for problem in problems { ErrorReporter.writeToStandardError("eventmap: \(problem)") }
            throw InputError(
                description: "\(path): \(problems.count) of \(rows.count) rows cannot be marked (each said above); fix them, "
                    + "and nothing was drawn.")
        }
        return places
    }

    /// Why a row cannot be drawn.
    private struct RowProblem: Error {
        let sentence: String
    }

    private static func place(
        _ row: TableRow, path: String, gazetteer: Gazetteer, options: GeocodeOptions
    ) throws -> MapSpec.PlaceSpec {
        let fields = Dictionary(row.fields.map { ($0.key.lowercased(), $0.value.trimmingCharacters(in: .whitespaces)) }) { first, _ in first
        }
        func text(_ name: String) -> String? { fields[name].flatMap { $0.isEmpty ? nil : $0 } }
        let location = SourceLocation(file: path, line: row.number, column: 1)
        let written: String
        if let name = text("place") {
            // The gazetteer's rules, as for a spec's places: a spelling guess is refused unless accepted.
            do {
                _ = try gazetteer.resolveNoting(name, options: options)
            } catch {
                throw RowProblem(sentence: "\(error)")
            }
            written = name
        } else if let latitude = text("latitude") ?? text("lat"), let longitude = text("longitude") ?? text("lon") ?? text("lng") {
            guard let lat = Double(latitude), let lon = Double(longitude), (-90...90).contains(lat), (-180...180).contains(lon) else {
                throw RowProblem(
                    sentence: "latitude '\(latitude)' and longitude '\(longitude)' are not decimal degrees (-90…90, -180…180).")
            }
            written = "\(lat), \(lon)"
        } else if let point = row.point {
            written = "\(point.y), \(point.x)"
        } else {
            throw RowProblem(sentence: "no place: give a 'place' column, 'latitude' and 'longitude', or a point geometry.")
        }
        let role: PlaceRole
        if let given = text("role") {
            guard let known = PlaceRole(rawValue: given.lowercased()) else {
                throw RowProblem(
                    sentence: "role '\(given)' is not one of \(PlaceRole.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            role = known
        } else {
            role = .reference
        }
        let date = text("date")
        if let date, !SpecDate.isValid(date) {
            throw RowProblem(sentence: "'\(date)' is not a date; write YYYY-MM-DD such as 2024-01-02.")
        }
        return MapSpec.PlaceSpec(
            place: MapSpec.Located(value: written, location: location), label: text("label"), role: role, date: date, note: text("note"))
    }
}
