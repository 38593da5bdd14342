import Answers
import ArgumentParser
import Foundation
import Gazetteer
import MapModel
import Reading

/// `eventmap extract FILE|-`: places, dates, distance claims and events in a report's text.
struct ExtractCommand: ParsableCommand, MeasuringCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Find places, dates, distance claims and events in a news report (plain text).",
        discussion: """
            Offsets are Unicode code points from the start of the text, after invisible format characters (soft
            hyphens, zero-width spaces and joiners) are removed. Places need evidence (a locative word
            before them, their country named in the text, a repeat, or a region phrase); distance claims between
            two named places are verified as with `verify`. --spec writes a draft map spec for `render`.
            --explain lists, for each capitalised name that the gazetteer knows, the named rules that decided it
            (a place, a government, or rejected, with the reason).
            """)

    @Argument(help: "A UTF-8 text file, or - for standard input (with --jsonl: JSON Lines).")
    var file: String

    @Flag(help: "Read JSON Lines {\"id\": …, \"text\": …, \"dateline\": \"2024-03-03\"?} and write one JSON line per document.")
    var jsonl = false

    @Option(help: "With --jsonl: documents read at once, at most the cores there are (default: all of them).")
    var threads: Int?

    @Option(help: "Also write a draft map spec (YAML) here.")
    var spec: String?

    @Flag(help: "List the rules that decided each candidate name (text: a section; JSON: `decisions`).")
    var explain = false

    @OptionGroup var gazetteer: GazetteerOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if jsonl, spec != nil { throw ValidationError("--spec drafts one map from one report; with --jsonl give no --spec.") }
        if let threads, threads < 1 { throw ValidationError("--threads must be 1 or more.") }
        if threads != nil, !jsonl { throw ValidationError("--threads is for --jsonl; one report is read on one core.") }
    }

    func run() throws {
        if jsonl {
            return try ExtractLines(explaining: explain, threads: threads, acceptingGuesses: gazetteer.acceptGuesses).run(
                file, gazetteer: gazetteer.load())
        }
        let text: String
        if file == "-" {
            text = try InputFile.utf8(try InputFile.standardInput(limit: .report), name: "standard input")
        } else {
            text = try InputFile.text(file, limit: .report)
        }
        // A draft that would replace the report is refused before any work.
        if let spec { try FileIdentity.refuseInput(at: URL(fileURLWithPath: spec)) }
        let places = try gazetteer.load()
        let extraction = ReportExtraction(
            text: text, gazetteer: places, lexicon: try DataFiles.lexicon(), resolver: BundledAreas.resolver(places),
            outliningRegions: spec != nil, explaining: explain, acceptsGuesses: gazetteer.acceptGuesses)
        let transaction = OutputTransaction()
        if let spec {
            let name = file == "-" ? "report" : URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            try transaction.stage(Data(MapSpecWriter.yaml(SpecDraft(extraction, name: name)).utf8), as: URL(fileURLWithPath: spec))
        }
        // Printed before the draft is moved into place: a failed write to standard output leaves no file.
        try output.emit(ExtractionReport(extraction, explaining: explain)) { ExtractionReport.text(extraction, explaining: explain) }
        try transaction.commit()
    }
}
