# eventmap: `make demo` to see it work, `make test` to check it. Both install what they need.
SWIFT ?= swift
SWIFT_TEST_FLAGS ?= --disable-swift-testing

.PHONY: all setup build release demo test lint unit integration browser-test sanitize eval golden gallery bench fuzz gazetteer scale-test clean

all: build

setup:
	@bash scripts/setup

build: setup
	$(SWIFT) build

# The Swift runtime and Foundation linked in: a cold `eventmap geocode` starts about 12 ms sooner
# (median 44 ms instead of 56 ms on the 2-core machine), at the cost of a larger binary.
# Only the two products: test support imports XCTest, which has no static library.
release: setup
	$(SWIFT) build -c release --static-swift-stdlib --product eventmap
	$(SWIFT) build -c release --static-swift-stdlib --product eventmap-server
	$(SWIFT) build -c release --static-swift-stdlib --product eventmap-bench

demo: release
	@bash scripts/demo

test: setup lint
	$(SWIFT) build
	$(SWIFT) test $(SWIFT_TEST_FLAGS)
	@bash scripts/integration
	@bash scripts/browser-test
	@python3 scripts/eval
	@bash scripts/scale-test --documents 170 --shards 4 --workers 2
	@bash scripts/sanitize
	@FUZZ_SECONDS=$${FUZZ_SECONDS:-10} bash scripts/fuzz > .build/fuzz.log 2>&1 || { tail -40 .build/fuzz.log; exit 1; }

# House style: swift-format with the checked-in .swift-format, and lines of at most 140 characters.
lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Benchmarks Fuzz Package.swift
	@python3 scripts/check-line-length

# AddressSanitizer build of eventmap and the fuzz replayer, then the integration checks on it.
sanitize: setup
	@bash scripts/sanitize

unit: setup
	$(SWIFT) test $(SWIFT_TEST_FLAGS)

integration: build
	@bash scripts/integration

# The web workbench in headless Chromium: example map, a report, a correction, a download, a spec
# error, keyboard, 200% zoom and an axe-core audit. EVENTMAP_REGENERATE=1 rewrites the README's
# screenshots in docs/screenshots/.
browser-test: build
	@bash scripts/browser-test

# Scores `extract` on the development corpus (Tests/Fixtures/corpus/): places P/R/F1, dates and
# claims recall, decoy and actor hits; fails below the floors in scripts/eval. `-v` lists the misses.
eval: build
	@python3 scripts/eval

# Rewrites golden files under Tests/Fixtures/ (the unit tests' and the corpus's `extract --json`);
# review `git diff Tests/Fixtures` before committing.
golden: setup
	EVENTMAP_REGENERATE=1 $(SWIFT) test $(SWIFT_TEST_FLAGS)
	$(SWIFT) build
	EVENTMAP_REGENERATE=1 EVENTMAP_HOME=$(CURDIR) EVENTMAP=$(CURDIR)/.build/debug/eventmap WORK=$$(mktemp -d) \
		bash scripts/integration.d/37-extract-golden.sh

# Renders maps/gallery/ (stress specs: poles, 180°, huge rings, city scale, crowded labels, odd pages
# and projections) to output/gallery/ with a contact sheet; look at it after any drawing change.
gallery: build
	@bash scripts/gallery

bench: release
	@bash Benchmarks/run

# Corpus mode on Dask (issue 27): a LocalCluster maps `extract --jsonl` over shards and must match one
# process byte for byte; `bash scripts/scale-test --scheduler tcp://HOST:8786` uses a real cluster.
scale-test: build
	@bash scripts/scale-test

# libFuzzer over the untrusted-text parsers, FUZZ_SECONDS (default 60) each; see Fuzz/README.md.
fuzz: setup
	@bash scripts/fuzz

gazetteer:
	@bash gazetteer/build

clean:
	rm -rf .build .build-* output/*.geojson output/*.svg output/*.png output/*.json
