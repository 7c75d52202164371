# MockLoop: `make run` sets up and starts the app; `make test` sets up and runs every test.
SWIFT ?= swift
PREFIX ?= /usr/local
BIN := .build/debug/mockloop
RELEASE_BIN := .build/release/mockloop
# Release builds link the Swift runtime and Foundation statically: the dynamic loader then binds
# a few thousand symbols instead of tens of thousands, which took a third off the time to the
# first frame (and about 70 MB onto the binary). They are linked as position-dependent
# executables (-no-pie): a static runtime in a PIE brings about 90,000 relocations that the
# loader applies at every start, dirtying (making private) about 900 kB of the binary's data
# pages; without them a running session's private memory fell from 4.8 to 3.9 MB and --version
# takes about 260 fewer page faults. The cost: the binary itself is always mapped at the same
# address (no ASLR for its own code; its libraries, heap and stack are still randomised).
RELEASE_FLAGS := -c release --static-swift-stdlib -Xlinker -no-pie

.PHONY: run test deps deps-app build build-tests unit e2e lint format goldens manual completions install uninstall bench clean

run: deps-app build
	@$(BIN)

# What the app itself needs to build and run: the ncursesw headers (and a Swift toolchain).
deps-app:
	@if [ ! -f /usr/include/ncursesw/curses.h ] && [ ! -f /usr/include/ncursesw/ncurses.h ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing: libncursesw5-dev"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libncursesw5-dev >/dev/null || exit 1; \
	  else \
	    echo "MockLoop needs: libncursesw5-dev"; echo "install it with: sudo apt-get install libncursesw5-dev"; exit 1; \
	  fi; \
	fi
	@command -v $(SWIFT) >/dev/null 2>&1 || { echo "MockLoop needs a Swift 6 toolchain on PATH (swift.org/install)"; exit 1; }

# System packages: ncursesw headers, tmux, sqlite3 and jq (end-to-end tests), GNU time (the export
# memory test reads a child's peak memory with it), chromium (the
# report's browser check). Installed with apt when run as root and missing; otherwise the exact
# command is printed. Where chromium cannot be had (no apt, or apt has no such package) the
# browser check says so and is skipped; the other packages are always required.
deps:
	@missing=""; \
	[ -f /usr/include/ncursesw/curses.h ] || [ -f /usr/include/ncursesw/ncurses.h ] || missing="$$missing libncursesw5-dev"; \
	command -v tmux >/dev/null 2>&1 || missing="$$missing tmux"; \
	command -v sqlite3 >/dev/null 2>&1 || missing="$$missing sqlite3"; \
	command -v jq >/dev/null 2>&1 || missing="$$missing jq"; \
	[ -x /usr/bin/time ] || missing="$$missing time"; \
	browser=""; \
	command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || browser=chromium; \
	if [ -n "$$missing$$browser" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq || exit 1; \
	    if [ -n "$$missing" ]; then \
	      echo "installing:$$missing"; \
	      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || exit 1; \
	    fi; \
	    if [ -n "$$browser" ]; then \
	      echo "installing: chromium (the report's browser check)"; \
	      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1 || \
	        echo "chromium cannot be installed here: the report's browser check will be skipped"; \
	    fi; \
	  elif [ -n "$$missing" ] || command -v apt-get >/dev/null 2>&1; then \
	    echo "MockLoop needs:$$missing$${browser:+ $$browser}"; \
	    echo "install them with: sudo apt-get install$$missing$${browser:+ $$browser}"; \
	    exit 1; \
	  else \
	    echo "chromium is not installed and there is no apt-get: the report's browser check will be skipped"; \
	  fi; \
	fi
	@command -v $(SWIFT) >/dev/null 2>&1 || { echo "MockLoop needs a Swift 6 toolchain on PATH (swift.org/install)"; exit 1; }

build:
	$(SWIFT) build

build-tests:
	$(SWIFT) build --build-tests

test: deps lint build-tests unit e2e

unit:
	$(SWIFT) test --skip-build

e2e:
	MOCKLOOP_BIN=$(CURDIR)/$(BIN) bash Tests/e2e/run.sh

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

# Rewrites every golden file (screens, Markdown, SVG, HTML) from the current code: the whole
# unit suite runs with MOCKLOOP_UPDATE_GOLDENS=1, so no golden test is missed. Review the diff.
goldens: build-tests
	MOCKLOOP_UPDATE_GOLDENS=1 $(SWIFT) test --skip-build

# The man page: swift-argument-parser's GenerateManual plugin, which builds the package in
# MANUAL_CONFIGURATION and writes mockloop.1 from the commands' own help (offline). MANUAL_SWIFT
# runs it, so a test can skip the release build (SWIFT=:) and still make the page from debug.
MANUAL_SWIFT ?= $(SWIFT)
MANUAL_CONFIGURATION ?= release
MANUAL := .build/plugins/GenerateManual/outputs/mockloop/mockloop.1
COMPLETIONS := .build/completions
BASH_COMPLETION := share/bash-completion/completions/mockloop
ZSH_COMPLETION := share/zsh/site-functions/_mockloop
FISH_COMPLETION := share/fish/vendor_completions.d/mockloop.fish
MAN_PAGE := share/man/man1/mockloop.1

manual:
	$(MANUAL_SWIFT) package generate-manual --configuration $(MANUAL_CONFIGURATION)
	@test -s $(MANUAL) || { echo "the GenerateManual plugin wrote no $(MANUAL)"; exit 1; }

# Shell completions for bash, zsh and fish, generated by the binary itself (argument-parser).
completions:
	install -d $(COMPLETIONS)
	$(RELEASE_BIN) --generate-completion-script bash >$(COMPLETIONS)/mockloop.bash
	$(RELEASE_BIN) --generate-completion-script zsh >$(COMPLETIONS)/_mockloop
	$(RELEASE_BIN) --generate-completion-script fish >$(COMPLETIONS)/mockloop.fish

# The binary, the built-in decks (with their index) and themes, the shell completions and the
# man page, under $(DESTDIR)$(PREFIX) at the places bash-completion, zsh, fish and man look in.
install:
	$(SWIFT) build $(RELEASE_FLAGS)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/mockloop
	@# Before the manual: its plugin builds the package again, without the static runtime.
	install -m 0755 $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/mockloop
	$(MAKE) --no-print-directory completions manual RELEASE_BIN=$(RELEASE_BIN) SWIFT=$(SWIFT) \
	  MANUAL_SWIFT=$(MANUAL_SWIFT) MANUAL_CONFIGURATION=$(MANUAL_CONFIGURATION)
	rm -rf $(DESTDIR)$(PREFIX)/share/mockloop/Decks $(DESTDIR)$(PREFIX)/share/mockloop/Themes
	cp -R Decks Themes $(DESTDIR)$(PREFIX)/share/mockloop/
	$(RELEASE_BIN) decks index --root $(DESTDIR)$(PREFIX)/share/mockloop >/dev/null
	install -D -m 0644 $(COMPLETIONS)/mockloop.bash $(DESTDIR)$(PREFIX)/$(BASH_COMPLETION)
	install -D -m 0644 $(COMPLETIONS)/_mockloop $(DESTDIR)$(PREFIX)/$(ZSH_COMPLETION)
	install -D -m 0644 $(COMPLETIONS)/mockloop.fish $(DESTDIR)$(PREFIX)/$(FISH_COMPLETION)
	install -D -m 0644 $(MANUAL) $(DESTDIR)$(PREFIX)/$(MAN_PAGE)

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/mockloop
	rm -rf $(DESTDIR)$(PREFIX)/share/mockloop
	rm -f $(DESTDIR)$(PREFIX)/$(BASH_COMPLETION) $(DESTDIR)$(PREFIX)/$(ZSH_COMPLETION)
	rm -f $(DESTDIR)$(PREFIX)/$(FISH_COMPLETION) $(DESTDIR)$(PREFIX)/$(MAN_PAGE)

# The built-in decks get their index first, as `install` gives them: a first start draws home
# from it instead of parsing every deck.
bench: deps
	$(SWIFT) build $(RELEASE_FLAGS)
	$(RELEASE_BIN) decks index >/dev/null
	bash Tests/bench/run.sh $(CURDIR)/$(RELEASE_BIN)

clean:
	rm -rf .build
