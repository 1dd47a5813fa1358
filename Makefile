# Makefile for assay. `make help` lists the targets.
# SPDX-License-Identifier: MIT

VARIANT ?= release
CC ?= cc
PKG_CONFIG ?= pkg-config

WARN := -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wformat=2
ifeq ($(WERROR),1)
WARN += -Werror
endif

ifeq ($(VARIANT),release)
OPT := -O2 -g
else ifeq ($(VARIANT),debug)
OPT := -O0 -g
else ifeq ($(VARIANT),asan)
OPT := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
SANLD := -fsanitize=address,undefined
else ifeq ($(VARIANT),tsan)
OPT := -O1 -g -fno-omit-frame-pointer -fsanitize=thread
SANLD := -fsanitize=thread
else ifeq ($(VARIANT),fuzz)
CC := clang
OPT := -O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
SANLD := -fsanitize=address,undefined
else
$(error VARIANT must be release, debug, asan, tsan or fuzz)
endif

JANSSON_CFLAGS = $(shell $(PKG_CONFIG) --cflags jansson 2>/dev/null)
XML_CFLAGS = $(shell $(PKG_CONFIG) --cflags libxml-2.0 2>/dev/null || echo -I/usr/include/libxml2)
XML_LIBS = $(shell $(PKG_CONFIG) --libs libxml-2.0 2>/dev/null || echo -lxml2)
SERD_CFLAGS = $(patsubst -I%,-isystem %,$(shell $(PKG_CONFIG) --cflags serd-0 2>/dev/null || echo -I/usr/include/serd-0))
SERD_LIBS = $(shell $(PKG_CONFIG) --libs serd-0 2>/dev/null || echo -lserd-0)
JANSSON_LIBS = $(shell $(PKG_CONFIG) --libs jansson 2>/dev/null || echo -ljansson)
UTF8PROC_LIBS = $(shell $(PKG_CONFIG) --libs libutf8proc 2>/dev/null || echo -lutf8proc)

CPPFLAGS += -MMD -MP
CFLAGS += -std=c11 -pthread $(WARN) $(OPT) $(JANSSON_CFLAGS) $(XML_CFLAGS) $(SERD_CFLAGS)
LDLIBS += -lcsv $(JANSSON_LIBS) $(XML_LIBS) $(SERD_LIBS) $(UTF8PROC_LIBS)
LDFLAGS += -pthread $(SANLD)

OUT := build/$(VARIANT)
LIB_SRC := $(wildcard core/*.c parsers/*.c validator/*.c emitters/*.c) $(filter-out cmd/main.c,$(wildcard cmd/*.c))
LIB_OBJ := $(LIB_SRC:%.c=$(OUT)/%.o)
MAIN_OBJ := $(OUT)/cmd/main.o
BIN := $(OUT)/assay
UNIT_SRC := $(wildcard tests/unit/*.c tests/support/*.c)
UNIT_OBJ := $(UNIT_SRC:%.c=$(OUT)/%.o)
UNIT_BIN := $(OUT)/unit-tests
FUZZ_TARGETS := article dates infobox pipeline
FUZZ_BIN := $(FUZZ_TARGETS:%=$(OUT)/fuzz_%)
FUZZ_TIME ?= 60

.PHONY: all help deps test-deps unit e2e test demo asan asan-test tsan-test fuzz fuzz-build valgrind clean format lint check-deps update-golden keywords check-generated bench FORCE
.DEFAULT_GOAL := all

all: build/assay

help:
	@echo "make              build build/assay (-O2 -g)"
	@echo "make test         install missing packages, run the unit and end-to-end tests"
	@echo "make demo         run assay on fixtures/ and write out/"
	@echo "make asan         build/asan/assay, with AddressSanitizer + UBSan"
	@echo "make asan-test    the tests built with AddressSanitizer + UBSan"
	@echo "make tsan-test    -j N under ThreadSanitizer, output as -j 1"
	@echo "make fuzz         each libFuzzer target for FUZZ_TIME seconds (default 60; FUZZ_RUNS=N instead)"
	@echo "make valgrind     the unit tests and the binary on the fixtures under valgrind"
	@echo "make update-golden  regenerate fixtures/golden/ from the current build"
	@echo "make format / lint / check-deps / clean"

deps:
	@sh scripts/deps.sh build

test-deps:
	@sh scripts/deps.sh test

# build/assay is the last variant built: compared, not dated, since a
# release build after an asan one is older than the copy
build/assay: $(BIN) FORCE
	@mkdir -p build
	@cmp -s $(BIN) $@ || { cp $(BIN) $@.tmp && mv -f $@.tmp $@ && echo "build/assay: $(BIN)"; }

FORCE:

$(BIN): $(LIB_OBJ) $(MAIN_OBJ)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(OUT)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(UNIT_BIN): $(UNIT_OBJ) $(LIB_OBJ)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS) -lcriterion

unit: $(UNIT_BIN)
	cd tests && ../$(UNIT_BIN) --jobs 2

e2e: $(BIN)
	ASSAY=$(abspath $(BIN)) SHARED=$(abspath ../shared) bash tests/e2e/run.sh

# The README's test command: packages first, then every test.
test: test-deps
	$(MAKE) --no-print-directory $(BIN) $(UNIT_BIN) build/assay
	$(MAKE) --no-print-directory unit e2e

demo: deps
	$(MAKE) --no-print-directory build/assay
	rm -rf out.tmp && mkdir -p out.tmp
	@# exit status 1 means conflicts were found (the seeds have some): that is the demo
	build/assay run -o out.tmp fixtures/seeds/; rc=$$?; [ $$rc -le 1 ] || exit $$rc
	rm -rf out && mv out.tmp out
	@echo "demo: wrote $$(ls out | wc -l) files to out/:" && ls -l out
	@echo "demo: the conflicts (out/report.txt):" && grep -E '\[[a-z-]+\]$$' out/report.txt

# build/asan/assay: the binary with AddressSanitizer + UBSan
asan: deps
	$(MAKE) --no-print-directory VARIANT=asan build/asan/assay

asan-test: test-deps
	$(MAKE) --no-print-directory VARIANT=asan unit e2e

# libFuzzer targets (clang): tests/fuzz/fuzz_*.c against the library
$(OUT)/fuzz_%: $(OUT)/tests/fuzz/fuzz_%.o $(LIB_OBJ)
	$(CC) $(LDFLAGS) -fsanitize=fuzzer -o $@ $^ $(LDLIBS)

fuzz-build: $(FUZZ_BIN)

fuzz: test-deps
	@sh scripts/deps.sh fuzz
	$(MAKE) --no-print-directory VARIANT=fuzz fuzz-build
	bash tests/fuzz/run.sh build/fuzz "$(FUZZ_TIME)" "$(FUZZ_RUNS)"

# the unit tests and the binary under valgrind (debug build: -O0, no sanitizer)
valgrind: test-deps
	@sh scripts/deps.sh valgrind
	$(MAKE) --no-print-directory VARIANT=debug build/debug/assay build/debug/unit-tests
	bash tests/valgrind/run.sh build/debug

# -j N under ThreadSanitizer: no data race, the output of one thread
tsan-test: test-deps
	$(MAKE) --no-print-directory VARIANT=tsan build/tsan/assay
	$(MAKE) --no-print-directory build/release/assay
	bash tests/tsan/run.sh build/tsan/assay build/release/assay

update-golden: build/assay
	sh scripts/update-golden.sh build/assay

# The scanners' keyword enum (parsers/keywords.h) comes from the KW_ names
# their sources use: regenerate after adding one; CI checks it is current.
keywords:
	python3 scripts/gen-keywords.py

# The benchmark (SPEC 7): a 100 MB corpus from the real articles, timed
# against cat and wc -w in the same run; figures in bench/RESULTS.md.
bench:
	sh scripts/deps.sh bench
	$(MAKE) --no-print-directory build/assay
	sh bench/run.sh $(BENCH_MB)

check-generated:
	@python3 scripts/gen-keywords.py --check && echo "check-generated: parsers/keywords.h is current"
	@python3 scripts/gen-cities.py --check && echo "check-generated: core/cities.inc is current"
	@sh scripts/check-vocab.sh

format:
	clang-format -i $(wildcard core/*.[ch] parsers/*.[ch] validator/*.[ch] emitters/*.[ch] cmd/*.[ch] tests/unit/*.c tests/support/*.[ch])

lint: check-deps
	clang-tidy $(LIB_SRC) cmd/main.c -- -std=c11 $(JANSSON_CFLAGS) $(XML_CFLAGS) $(SERD_CFLAGS)
	command -v cppcheck >/dev/null && cppcheck --quiet --error-exitcode=1 --enable=warning,portability $(LIB_SRC) cmd/main.c || true

# Includes go one way: cmd → parsers/validator/emitters → core.
check-deps:
	@! grep -n '#include "\.\./\(parsers\|validator\|emitters\|cmd\)/' core/*.[ch] || (echo "core/ must not include other stages" && false)
	@! grep -n '#include "\.\./\(emitters\|validator\|cmd\)/' parsers/*.[ch] || (echo "parsers/ includes another stage" && false)
	@! grep -n '#include "\.\./\(parsers\|validator\|cmd\)/' emitters/*.[ch] || (echo "emitters/ includes another stage" && false)
	@echo "check-deps: include graph is one-way"

clean:
	rm -rf build out out.tmp

-include $(LIB_OBJ:.o=.d) $(MAIN_OBJ:.o=.d) $(UNIT_OBJ:.o=.d)
