# plancheck — GNU make. `make run` and `make test` install missing build
# dependencies first (apt-get as root; otherwise they print the command).

PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
DATADIR ?= $(PREFIX)/share/plancheck
MANDIR  ?= $(PREFIX)/share/man

B       ?= build
PKGS     = icu-uc icu-i18n libpcre2-16 libxml-2.0 jansson libzip nettle
VERSION  = 0.1.0

WARN     = -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
           -Wmissing-prototypes -Wwrite-strings -Wimplicit-fallthrough -Wformat=2
CFLAGS  ?= -O2 -g
ALL_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -pthread $(WARN) $(CFLAGS) \
           -DPC_VERSION='"$(VERSION)"' $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LDLIBS_ALL = $(shell pkg-config --libs $(PKGS) 2>/dev/null) $(LDLIBS)

SRCS     = $(wildcard src/*.c)
LIBSRCS  = $(filter-out src/main.c,$(SRCS))
LIBOBJS  = $(LIBSRCS:src/%.c=$(B)/obj/%.o)
UNITSRCS = $(wildcard tests/unit/test_*.c)
UNITBINS = $(UNITSRCS:tests/unit/%.c=$(B)/tests/%)

.PHONY: all deps deps-test run test unit golden docs labelled merge-test workflow fuzz fuzz-replay hostile valgrind check bench install clean

all: $(B)/plancheck

deps:
	@sh build-aux/deps.sh build

deps-test:
	@sh build-aux/deps.sh test

$(B)/obj/%.o: src/%.c $(wildcard src/*.h) | $(B)/obj
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(B)/obj $(B)/tests:
	mkdir -p $@

$(B)/libplancheck.a: $(LIBOBJS)
	rm -f $@
	$(AR) rcs $@ $^

# The default dictionary directory of an uninstalled build is the checkout's.
$(B)/obj/pc_paths.o: src/pc_paths.c src/pc_paths.h | $(B)/obj
	$(CC) $(ALL_CFLAGS) -DPC_DICTDIR='"$(or $(DICTDIR),$(CURDIR)/dicts)"' -c -o $@ $<

$(B)/plancheck: $(B)/obj/main.o $(B)/libplancheck.a
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS_ALL)

$(B)/tests/%: tests/unit/%.c $(wildcard tests/unit/*.h) $(B)/libplancheck.a | $(B)/tests
	$(CC) $(ALL_CFLAGS) -Isrc $(shell pkg-config --cflags cmocka) $(LDFLAGS) -o $@ $< \
	    $(B)/libplancheck.a $(LDLIBS_ALL) $(shell pkg-config --libs cmocka)

run:
	@$(MAKE) --no-print-directory deps
	@$(MAKE) --no-print-directory all
	@st=0; $(B)/plancheck corpus || st=$$?; \
	if [ $$st -ge 2 ]; then echo "make run: plancheck failed (exit $$st)" >&2; exit $$st; fi

unit: $(UNITBINS)
	@fail=0; for t in $(UNITBINS); do \
	    PC_DICTS=$(CURDIR)/dicts PC_TESTDATA=$(CURDIR)/tests/data $$t || fail=1; \
	done; exit $$fail

golden: $(B)/plancheck
	@sh tests/golden/run.sh $(B)/plancheck

docs: $(B)/plancheck
	@sh tests/docs.sh $(B)/plancheck

labelled: $(B)/plancheck
	@sh tests/labelled/score.sh $(B)/plancheck --check

merge-test: $(B)/plancheck
	@sh tests/merge/run.sh $(B)/plancheck

# Fuzzing (clang's libFuzzer) for FUZZ_TIME seconds per target; the saved
# corpora are replayed by `make test` and, under sanitizers, `make check`.
FUZZ_TIME ?= 60
fuzz:
	@sh fuzz/fuzz.sh -t $(FUZZ_TIME)

fuzz-replay: $(B)/libplancheck.a
	@sh fuzz/replay.sh $(B)

# The catalogue of hostile inputs (big inputs: about a minute, two under
# sanitizers; see doc/robustness.md)
hostile: $(B)/plancheck
	@sh tests/hostile/run.sh $(B)/plancheck

# valgrind's memcheck over the golden cases (about four minutes)
valgrind: $(B)/plancheck
	@sh tests/hostile/valgrind.sh $(B)/plancheck

workflow: $(B)/plancheck
	@sh tests/workflow/run.sh $(B)/plancheck
	@sh tests/workflow-formats.sh $(B)/plancheck
	@sh tests/sarif/validate.sh $(B)/plancheck
	@sh tests/report/run.sh $(B)/plancheck

test:
	@$(MAKE) --no-print-directory deps-test
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory unit
	@$(MAKE) --no-print-directory golden
	@$(MAKE) --no-print-directory docs
	@$(MAKE) --no-print-directory labelled
	@$(MAKE) --no-print-directory merge-test
	@$(MAKE) --no-print-directory workflow
	@$(MAKE) --no-print-directory fuzz-replay
	@$(MAKE) --no-print-directory hostile

# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer
# (LeakSanitizer comes with AddressSanitizer).
check:
	@$(MAKE) --no-print-directory deps-test
	@$(MAKE) --no-print-directory B=build-san \
	    CFLAGS='-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all -Werror' \
	    LDFLAGS='-fsanitize=address,undefined' all unit golden fuzz-replay hostile

bench: all
	@sh bench/bench.sh $(B)/plancheck

install:
	@$(MAKE) --no-print-directory B=build-install DICTDIR=$(DATADIR)/dicts all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/dicts $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5
	install -m 755 build-install/plancheck $(DESTDIR)$(BINDIR)/plancheck
	install -m 644 dicts/*.xml dicts/*.rng $(DESTDIR)$(DATADIR)/dicts
	install -m 644 man/plancheck.1 $(DESTDIR)$(MANDIR)/man1
	install -m 644 man/plancheck-dict.5 $(DESTDIR)$(MANDIR)/man5

clean:
	rm -rf build build-san build-install
