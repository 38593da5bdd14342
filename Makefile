# eventmap: `make demo` to see it work, `make test` to check it. Both install what they need.
SWIFT ?= swift
SWIFT_TEST_FLAGS ?= --disable-swift-testing

.PHONY: all setup build release demo test unit integration golden bench fuzz gazetteer clean

all: build

setup:
	@bash scripts/setup

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release

demo: release
	@bash scripts/demo

test: setup
	$(SWIFT) build
	$(SWIFT) test $(SWIFT_TEST_FLAGS)
	@bash scripts/integration

unit: setup
	$(SWIFT) test $(SWIFT_TEST_FLAGS)

integration: build
	@bash scripts/integration

# Rewrites golden files under Tests/Fixtures/; review `git diff Tests/Fixtures` before committing.
golden: setup
	EVENTMAP_REGENERATE=1 $(SWIFT) test $(SWIFT_TEST_FLAGS)

bench: release
	@bash Benchmarks/run

# libFuzzer over the untrusted-text parsers, FUZZ_SECONDS (default 60) each; see Fuzz/README.md.
fuzz: setup
	@bash scripts/fuzz

gazetteer:
	@bash gazetteer/build

clean:
	rm -rf .build .build-* output/*.geojson output/*.svg output/*.png output/*.json
