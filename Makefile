# Glass build. `make` -> build/glass (release), `make debug`, `make asan`,
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

all: deps build/glass

build/glass: $(SRCS:%.c=build/release/%.o)
	$(CC) $(RELEASE_FLAGS) -o $@ $^ $(LIBS) $(EDIT_LIBS)

build/glass-debug: $(SRCS:%.c=build/debug/%.o)
	$(CC) $(DEBUG_FLAGS) -o $@ $^ $(LIBS) $(EDIT_LIBS)

build/glass-asan: $(SRCS:%.c=build/asan/%.o)
	$(CC) $(ASAN_FLAGS) -o $@ $^ $(LIBS) $(EDIT_LIBS)

# The eval loop: keep one indirect jump per instruction (computed goto dispatch).
build/release/src/vm/ceval.o: RELEASE_FLAGS += -fno-gcse -fno-crossjumping

build/release/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(DEFS) $(RELEASE_FLAGS) -MMD -MP -c $< -o $@

build/debug/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(DEFS) $(DEBUG_FLAGS) -MMD -MP -c $< -o $@

build/asan/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(DEFS) $(ASAN_FLAGS) -MMD -MP -c $< -o $@

-include $(wildcard build/*/src/*.d build/*/src/*/*.d)

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

.PHONY: all debug asan deps test test-asan expected bench demo clean
