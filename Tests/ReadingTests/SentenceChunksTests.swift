import Foundation
import Gazetteer
import TestSupport
import XCTest

@testable import Reading

/// A long report read in chunks on several cores gives the answer one pass gives, decision for decision.
final class SentenceChunksTests: XCTestCase {
    /// The corpus's reports one after another (development, held-out, unseen-1 …) up to 1.5 times
    /// `SentenceChunks.minimumScalars`, with lists, governments, datelines and ships at chunk edges.
    private func longReport() throws -> String {
        let folders = ["reports", "held-out", "unseen-1", "unseen-2", "unseen-3"].map {
            Fixtures.directory.appendingPathComponent("corpus/\($0)")
        }
        var text = ""
        for folder in folders {
            let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
            for file in files where text.unicodeScalars.count < SentenceChunks.minimumScalars * 3 / 2 {
                text += try String(contentsOf: file, encoding: .utf8) + "\n\n"
            }
        }
        return text
    }

    func testBasedEndsARunAtThePlace() {
        let runs = ReportText("The Seoul-based Yonhap News agency said so.").capitalisedRuns()
        XCTAssertEqual(runs.map(\.words), [["The", "Seoul"], ["Yonhap", "News"]])
        XCTAssertEqual(runs[0].range, 0..<9, "the run ends at the place's name, before '-based'")
    }

    func testChunksCutOnlyBetweenSentences() throws {
        let report = ReportText(try longReport())
        XCTAssertGreaterThan(report.scalars.count, SentenceChunks.minimumScalars)
        let runs = report.capitalisedRuns()
        let chunks = SentenceChunks.chunks(of: runs, in: report, parallelism: 4, range: \.range)
        XCTAssertGreaterThan(chunks.count, 4)
        XCTAssertEqual(chunks.flatMap { $0 }.map(\.range), runs.map(\.range), "every run once, in order")
        for (before, after) in zip(chunks, chunks.dropFirst()) {
            let last = try XCTUnwrap(before.last), first = try XCTUnwrap(after.first)
            XCTAssertNotEqual(
                report.sentence(containing: last.range.upperBound - 1).lowerBound,
                report.sentence(containing: first.range.lowerBound).lowerBound)
        }
        XCTAssertEqual(SentenceChunks.chunks(of: runs, in: report, parallelism: 1, range: \.range).count, 1)
        XCTAssertEqual(
            SentenceChunks.chunks(of: runs, in: ReportText("Shells hit Kharkiv. Drones hit Sumy."), parallelism: 4, range: \.range).count, 1
        )
    }

    func testSentenceChunksAnswerAsOnePass() throws {
        let report = ReportText(try longReport())
        let extract = { (parallelism: Int) in
            let extractor = PlaceExtractor(
                gazetteer: ProjectData.gazetteer, lexicon: ProjectData.lexicon, explaining: .knownNames, parallelism: parallelism)
            let (places, actors) = extractor.extract(report)
            return (
                places.map { "\($0.start) \($0.text) \($0.place.name) \($0.evidence) \($0.alternatives.map(\.name))" },
                actors.map { "\($0.start) \($0.text)" }, extractor.decisions
            )
        }
        let (places, actors, decisions) = extract(1)
        let (chunkedPlaces, chunkedActors, chunkedDecisions) = extract(4)
        XCTAssertGreaterThan(places.count, 500)
        XCTAssertEqual(chunkedPlaces, places)
        XCTAssertEqual(chunkedActors, actors)
        XCTAssertEqual(chunkedDecisions, decisions)
    }

    func testChunkedClaimsAnswerAsOneReading() throws {
        let report = ReportText(try longReport())
        let places = PlaceExtractor(gazetteer: ProjectData.gazetteer, lexicon: ProjectData.lexicon).extract(report).places
        let claims = { (parallelism: Int) in
            DistanceClaimExtractor(lexicon: ProjectData.lexicon, resolver: ProjectData.resolver)
                .claims(in: report, places: places, parallelism: parallelism)
                .map { claim in
                    let ends = "\(claim.from?.place.name ?? "-") \(claim.to?.place.name ?? "-")"
                    return "\(claim.start) \(claim.text) \(ends) \(claim.verification?.verdict.rawValue ?? "-")"
                }
        }
        let single = claims(1)
        XCTAssertGreaterThan(single.count, 100)
        XCTAssertEqual(claims(4), single)
    }
}
