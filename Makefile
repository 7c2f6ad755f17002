# The two commands of the README, and a few for developers. CMake does the building.
MAKEFLAGS += --no-print-directory
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all setup build demo test calibration pictures fuzz sanitize bench bench-screen bench-scan clean

all: build

setup:
	@scripts/setup

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

build: setup $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

# Exit code 1 means "done, something needs a person's attention": a normal outcome here.
demo: build
	@scripts/demo $(BUILD)/bibob

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The proposal against the courts' outcomes in tests/data/rulings/: the tuning part case by
# case, the held-out part as a figure only.
calibration: build
	BIBOB_SHOW_CALIBRATION=1 $(BUILD)/tests/bibob_tests "[calibration]"

# The first page of every document as PNG under docs/, to look at before a change is done.
pictures: build
	scripts/pictures $(BUILD)/bibob

sanitize:
	$(MAKE) BUILD=build-sanitize CMAKE_FLAGS=-DBIBOB_SANITIZE=ON test

# Fuzz the readers of untrusted input (case files, list files, registry answers) with
# libFuzzer under ASan and UBSan (clang), FUZZ_SECONDS each; FUZZ_TARGETS picks some.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?=
fuzz: setup
	scripts/fuzz $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# The name-screening benchmark (bench/README.md has its figures). BENCH_ARGS, e.g.
# "--entities 100000 --queries 5000", makes it smaller.
BENCH_ARGS ?=
bench: build
	$(BUILD)/bench/bibob_bench_names $(BENCH_ARGS)

# Screening speed: one case offline and a batch, against validation in the same run.
bench-screen: build
	bench/screen_bench.sh $(BUILD)/bibob $(BENCH_CASES)

# Area scan: a synthetic extract of 100,000 establishments (and one of 10,000), against
# reading the extract alone, in the same run. SCAN_BENCH_ARGS="--establishments 20000" for fewer.
SCAN_BENCH_ARGS ?=
bench-scan: build
	$(BUILD)/bench/bibob_bench_scan $(SCAN_BENCH_ARGS)

clean:
	rm -rf $(BUILD) build-sanitize build-fuzz
