import Foundation

/// Finds eventmap's bundled data folders (`gazetteer/`, `maps/`) at run time.
///
/// Looked for, in order: `$EVENTMAP_HOME`, the folders above the running executable
/// (`.build/release/eventmap` sits two levels below the project root), and the source tree this
/// file was compiled from. The first folder that holds the wanted path wins.
public enum ProjectFiles {
    public static func locate(_ relativePath: String) -> URL? {
        candidateRoots().lazy
            .map { $0.appendingPathComponent(relativePath) }
            .first { FileManager.default.fileExists(atPath: $0.path) }
    }

    private static func candidateRoots() -> [URL] {
        var roots: [URL] = []
        if let home = ProcessInfo.processInfo.environment["EVENTMAP_HOME"], !home.isEmpty {
            roots.append(URL(fileURLWithPath: home))
        }
        var directory = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<5 {
            roots.append(directory)
            directory.deleteLastPathComponent()
        }
        // Sources/Gazetteer/ProjectFiles.swift → project root.
        roots.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent())
        return roots
    }
}
