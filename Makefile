# Glass build. `make` -> build/glass (release, profile-guided with GCC), `make dev`
# (build/glass-dev, quick -O2), `make debug`, `make asan`,
# `make test`, `make test-asan`, `make expected`, `make bench`.
CC ?= gcc
SRCS := $(wildcard src/*.c src/*/*.c)
WARN := -std=c11 -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers -Wno-format-truncation
DEFS := -D_GNU_SOURCE
LIBS := -lgmp -lm -lpcre2-8 -lz
EDIT_LIBS := $(shell test -f /usr/include/editline/readline.h && echo -ledit)
ifneq ($(EDIT_LIBS),)
DEFS += -DGL_HAVE_LIBEDIT
endif

RELEASE_FLAGS := -O2 -g -fno-strict-aliasing -fno-plt
DEBUG_FLAGS := -O0 -g3 -DGL_DEBUG -DGL_REFTRACE
ASAN_FLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined -DGL_ASAN

# Profile-guided optimization (GCC only). build/glass is compiled twice: an
# instrumented build (build/pgo-gen/ -> build/glass-pgo-gen) runs the test suite
# once to record which branches and calls are hot, then build/release/ is compiled
# with that profile. It needs no input besides the tests; any source change
# retrains. GCC notes functions the training never reached ("Missing counts for
# called function"), which cannot be switched off: these compiles do not use
# -Werror (the dev, debug and asan builds do). `make PGO=0` (or a compiler other than GCC) skips it, and `make dev`
# builds build/glass-dev (plain -O2, no profile) for quick edit-and-test cycles.
IS_GCC := $(shell $(CC) --version 2>/dev/null | grep -q "Free Software Foundation" && echo 1)
PGO ?= $(if $(IS_GCC),1,0)
PGO_STAMP := build/pgo-gen/profile.stamp
ifeq ($(PGO),1)
PROFILE_USE := -fprofile-use -fprofile-partial-training -Wno-missing-profile -Wno-error
PROFILE_DEP := $(PGO_STAMP)
endif

all: deps build/glass

build/glass: $(SRCS:%.c=build/release/%.o)
	$(CC) $(RELEASE_FLAGS) -o $@ $^ $(LIBS) $(EDIT_LIBS)

build/glass-dev: $(SRCS:%.c=build/dev/%.o)
	$(CC) $(RELEASE_FLAGS) -o $@ $^ $(LIBS) $(EDIT_LIBS)

build/glass-pgo-gen: $(SRCS:%.c=build/pgo-gen/%.o)
	$(CC) $(RELEASE_FLAGS) -fprofile-generate -o $@ $^ $(LIBS) $(EDIT_LIBS)

# Training: the whole test suite (results ignored); each object's counts (x.gcda
# next to build/pgo-gen/.../x.o) go where the optimized compile of x looks for them.
$(PGO_STAMP): build/glass-pgo-gen
	@echo "pgo: training the profile on the test suite (build/glass-pgo-gen)"
	@find build/pgo-gen -name '*.gcda' -delete
	@bash tests/run.sh build/glass-pgo-gen >/dev/null 2>&1 || true
	@cd build/pgo-gen && find . -name '*.gcda' | while read -r f; do \
	    mkdir -p "../release/$$(dirname "$$f")" && cp "$$f" "../release/$$f"; done
	@touch $@

build/glass-debug: $(SRCS:%.c=build/debug/%.o)
	$(CC) $(DEBUG_FLAGS) -o $@ $^ $(LIBS) $(EDIT_LIBS)

build/glass-asan: $(SRCS:%.c=build/asan/%.o)
	$(CC) $(ASAN_FLAGS) -o $@ $^ $(LIBS) $(EDIT_LIBS)

# The eval loop: keep one indirect jump per instruction (computed goto dispatch).
# (The instrumented build must use the same flags as the optimized one.)
build/release/src/vm/ceval.o build/pgo-gen/src/vm/ceval.o build/dev/src/vm/ceval.o: \
    RELEASE_FLAGS += -fno-gcse -fno-crossjumping

build/release/%.o: %.c $(PROFILE_DEP)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(DEFS) $(RELEASE_FLAGS) $(PROFILE_USE) -MMD -MP -c $< -o $@

build/pgo-gen/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(DEFS) $(RELEASE_FLAGS) -fprofile-generate -fprofile-update=single -MMD -MP -c $< -o $@

build/dev/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(DEFS) $(RELEASE_FLAGS) -MMD -MP -c $< -o $@

build/debug/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(DEFS) $(DEBUG_FLAGS) -MMD -MP -c $< -o $@

build/asan/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(DEFS) $(ASAN_FLAGS) -MMD -MP -c $< -o $@

-include $(wildcard build/*/src/*.d build/*/src/*/*.d)

dev: deps build/glass-dev
debug: deps build/glass-debug
asan: deps build/glass-asan

# Install missing Debian packages (as root), or print the line to run.
deps:
	@sh tools/deps.sh

test: all
	@bash tests/run.sh build/glass

# LeakSanitizer is on (a leaked block fails the test's exit status) wherever it can
# run; under ptrace, or where it cannot start, the run says so and goes on without it.
test-asan: asan
	@leaks=1; \
	if ! ASAN_OPTIONS=detect_leaks=1 build/glass-asan -c pass >/dev/null 2>&1; then \
	    echo "note: LeakSanitizer unavailable here; running without leak detection"; leaks=0; \
	fi; \
	ASAN_OPTIONS=detect_leaks=$$leaks:allocator_may_return_null=1 TEST_TIMEOUT=60 bash tests/run.sh build/glass-asan

expected:
	@bash tools/make_expected.sh

bench: all
	@bash bench/run.sh build/glass

demo: all
	./build/glass examples/tour.py

clean:
	rm -rf build

.PHONY: all dev debug asan deps test test-asan expected bench demo clean
