// swift-tools-version: 6.0
// eventmap: reports of events at named places → checked geography.
// Targets follow the data flow (see README "Architecture"): each depends only on stages above it.
import PackageDescription

let package = Package(
    name: "eventmap",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "eventmap", targets: ["eventmap"]),
        .executable(name: "eventmap-server", targets: ["eventmap-server"]),
        .library(
            name: "EventmapKit",
            targets: [
                "Gazetteer", "Geodesy", "Verification", "Reading", "MapModel", "GeoJSON", "SVGRender", "SVGValidation",
                "GISFormats", "StrictJSON",
            ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        // CSV reading and writing for `geocode --csv` (RFC 4180 quoting, streams).
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
    ],
    targets: [
        // Thin system-library shims, found through pkg-config. Exactly one Swift file imports each.
        // PROJ's headers only: libproj is loaded on first use by CLibraryLoader (about 8 ms of every
        // command's start when linked, for its 40 libraries), so no pkg-config here: it would link it.
        .systemLibrary(name: "CProj", providers: [.apt(["libproj-dev"])]),
        .systemLibrary(name: "CGEOS", pkgConfig: "geos", providers: [.apt(["libgeos-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CFreeType", pkgConfig: "freetype2", providers: [.apt(["libfreetype-dev"])]),
        // GDAL's headers only; libgdal is loaded on first use by CLibraryLoader (about 40 ms of every
        // command's start when linked), so no pkg-config here: it would link it.
        .systemLibrary(name: "CGDAL", providers: [.apt(["libgdal-dev"])]),
        // PROJ and GDAL, each opened on the first call into it (lazy_library.h says why).
        .target(name: "CLibraryLoader", linkerSettings: [.linkedLibrary("dl"), .linkedLibrary("pthread")]),

        // The flow: Geodesy → Gazetteer → Verification → Reading and MapModel → GeoJSON / SVGRender →
        // SVGValidation. Reading (reports → places, dates, claims) and MapModel (one map) are siblings.
        // Strict RFC 8259 syntax and JSON numbers, for every reader of users' JSON (no dependencies).
        .target(name: "StrictJSON"),
        .target(name: "Gazetteer", dependencies: ["Geodesy", "StrictJSON"]),
        .target(name: "Geodesy", dependencies: ["CProj", "CGEOS", "CLibraryLoader"]),
        // Stated distances, hedges, tolerances and verdicts: no report text.
        .target(name: "Verification", dependencies: ["Gazetteer", "Geodesy"]),
        // Reports → places, dates, distance claims and events, in folders by what is read.
        .target(name: "Reading", dependencies: ["Gazetteer", "Geodesy", "Verification"]),
        .target(name: "MapModel", dependencies: ["Gazetteer", "Geodesy", "Verification", "Yams"]),
        .target(name: "GeoJSON", dependencies: ["MapModel", "Geodesy", "StrictJSON"]),
        .target(name: "SVGRender", dependencies: ["MapModel", "Geodesy", "CFreeType"]),
        .target(name: "SVGValidation", dependencies: ["CLibXML2"]),
        // GIS formats (GeoPackage, KML, FlatGeobuf, Shapefile, CSV, GPX) written by GDAL's OGR.
        .target(name: "GISFormats", dependencies: ["MapModel", "Geodesy", "CGDAL", "CLibraryLoader"]),

        // What eventmap answers, shared by its two shells (the CLI and the server): questions → the
        // JSON both give, and the bundled data found and loaded once.
        .target(
            name: "Answers",
            dependencies: [
                "Gazetteer", "Geodesy", "Verification", "Reading", "MapModel", "GeoJSON", "SVGRender", "SVGValidation", "GISFormats",
            ]),

        .executableTarget(
            name: "eventmap",
            dependencies: [
                "Answers", "Gazetteer", "Geodesy", "Verification", "Reading", "MapModel", "GeoJSON", "SVGRender", "SVGValidation",
                "GISFormats", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "CSV", package: "CSV.swift"),
            ]),

        // The web workbench and JSON API (`eventmap serve` runs it): its own executable, so that the
        // CLI neither links nor starts SwiftNIO (cold `geocode` time) and its sanitizer build stays small.
        .executableTarget(
            name: "eventmap-server",
            dependencies: [
                "Answers", "Gazetteer", "MapModel", "Reading", "SVGRender", "Verification",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]),

        // In-process benchmark loops for `make bench` (Benchmarks/bench.py drives them).
        .executableTarget(name: "eventmap-bench", dependencies: ["Gazetteer", "Geodesy"], path: "Benchmarks/eventmap-bench"),

        // Fuzz harnesses: a libFuzzer target under scripts/fuzz, a corpus replayer otherwise.
        .executableTarget(
            name: "eventmap-fuzz",
            dependencies: ["Gazetteer", "Geodesy", "Verification", "Reading", "MapModel", "GeoJSON", "SVGValidation"], path: "Fuzz",
            exclude: ["README.md", "corpus", "regressions"]),

        // Shared test helpers: seeded randomness, fixture paths, golden-file comparison.
        .target(name: "TestSupport", dependencies: ["Gazetteer", "Reading"], path: "Tests/TestSupport"),
        .testTarget(name: "GazetteerTests", dependencies: ["Gazetteer", "Geodesy", "TestSupport"]),
        .testTarget(name: "GeodesyTests", dependencies: ["Geodesy", "TestSupport"]),
        .testTarget(name: "VerificationTests", dependencies: ["Verification", "TestSupport"]),
        .testTarget(name: "ReadingTests", dependencies: ["Reading", "Verification", "TestSupport"]),
        .testTarget(name: "MapModelTests", dependencies: ["MapModel", "Geodesy", "TestSupport"]),
        .testTarget(name: "GeoJSONTests", dependencies: ["GeoJSON", "MapModel", "StrictJSON", "TestSupport"]),
        .testTarget(name: "SVGValidationTests", dependencies: ["SVGValidation", "TestSupport"]),
        .testTarget(name: "SVGRenderTests", dependencies: ["SVGRender", "SVGValidation", "MapModel", "GISFormats", "TestSupport"]),
        .testTarget(name: "GISFormatsTests", dependencies: ["GISFormats", "MapModel", "Geodesy", "TestSupport"]),
        .testTarget(name: "eventmapTests", dependencies: ["Answers", "eventmap", "TestSupport"]),
    ]
)
