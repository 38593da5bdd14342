import Answers
import Foundation
import Reading

/// One document of `extract --jsonl`: `{"id": …, "text": …, "dateline": "2024-03-03"?}`, other
/// members ignored (feeds carry URLs and titles). The id is a string or a whole number and comes
/// back as given; `dateline` is the day the report was filed (ISO 8601), the reference for its
/// relative dates.
struct ExtractionRecord: Sendable {
    enum Identifier: Sendable, Codable, Equatable {
        case text(String)
        case number(Int)

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) {
                self = .text(text)
            } else if let number = try? container.decode(Int.self) {
                self = .number(number)
            } else {
                throw RecordError("its \"id\" is neither a string nor a whole number")
            }
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case let .text(text): try container.encode(text)
            case let .number(number): try container.encode(number)
            }
        }
    }

    let id: Identifier
    let text: String
    let filed: Date?

    /// The record on one line, or the sentence saying why it is none (for its error record).
    static func parse(_ line: Data) -> Result<ExtractionRecord, RecordError> {
        let raw: RawRecord
        do {
            raw = try JSONDecoder().decode(RawRecord.self, from: line)
        } catch let error as RecordError {
            return .failure(error)
        } catch DecodingError.typeMismatch(_, let context) where context.codingPath.isEmpty {
            return .failure(RecordError("it is not a JSON object; give {\"id\": …, \"text\": …} on each line"))
        } catch {
            return .failure(RecordError("it is not JSON (each line must be one JSON object, such as {\"id\": 1, \"text\": \"…\"})"))
        }
        guard raw.text.utf8.count <= InputFile.Limit.report.rawValue else {
            return .failure(RecordError("its text is larger than the limit of \(InputFile.Limit.report.description); split it"))
        }
        return .success(ExtractionRecord(id: raw.id, text: raw.text, filed: raw.filed))
    }

    /// The members as JSON gives them, each checked with its own sentence.
    private struct RawRecord: Decodable {
        let id: Identifier
        let text: String
        let filed: Date?

        private enum Keys: String, CodingKey { case id, text, dateline }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Keys.self)
            guard container.contains(.id) else { throw RecordError("it has no \"id\"; give each document a string or whole-number id") }
            id = try container.decode(Identifier.self, forKey: .id)
            guard container.contains(.text) else { throw RecordError("it has no \"text\"") }
            guard let text = try? container.decode(String.self, forKey: .text) else { throw RecordError("its \"text\" is not a string") }
            self.text = text
            if container.contains(.dateline), !(try container.decodeNil(forKey: .dateline)) {
                guard let written = try? container.decode(String.self, forKey: .dateline), let day = DateExtractor.day(iso: written) else {
                    throw RecordError("its \"dateline\" is not a day written as 2024-03-03")
                }
                filed = day
            } else {
                filed = nil
            }
        }
    }

    /// Why a line is no record.
    struct RecordError: Error, Sendable {
        let reason: String
        init(_ reason: String) { self.reason = reason }
    }
}

/// What `extract --jsonl` writes for a document: its id with `extract --json`'s extraction, in one
/// object.
struct ExtractionLine: Encodable, Sendable {
    let id: ExtractionRecord.Identifier
    let report: ExtractionReport

    private enum Keys: String, CodingKey { case id }

    func encode(to encoder: Encoder) throws {
        try report.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(id, forKey: .id)
    }
}
