# MockLoop: `make run` sets up and starts the app; `make test` sets up and runs every test.
SWIFT ?= swift
PREFIX ?= /usr/local
BIN := .build/debug/mockloop
RELEASE_BIN := .build/release/mockloop

.PHONY: run test deps deps-app build build-tests unit e2e lint format goldens install uninstall bench clean

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

# System packages: ncursesw headers, tmux, sqlite3 and jq (end-to-end tests), chromium (the
# report's browser check). Installed with apt when run as root and missing; otherwise the exact
# command is printed. Where chromium cannot be had (no apt, or apt has no such package) the
# browser check says so and is skipped; the other packages are always required.
deps:
	@missing=""; \
	[ -f /usr/include/ncursesw/curses.h ] || [ -f /usr/include/ncursesw/ncurses.h ] || missing="$$missing libncursesw5-dev"; \
	command -v tmux >/dev/null 2>&1 || missing="$$missing tmux"; \
	command -v sqlite3 >/dev/null 2>&1 || missing="$$missing sqlite3"; \
	command -v jq >/dev/null 2>&1 || missing="$$missing jq"; \
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

# Rewrites the golden screen files from the current code; review the diff before committing.
goldens: build-tests
	MOCKLOOP_UPDATE_GOLDENS=1 $(SWIFT) test --skip-build --filter 'Golden|MarkdownExport|Today|Report'

install:
	$(SWIFT) build -c release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/mockloop
	install -m 0755 $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/mockloop
	rm -rf $(DESTDIR)$(PREFIX)/share/mockloop/Decks $(DESTDIR)$(PREFIX)/share/mockloop/Themes
	cp -R Decks Themes $(DESTDIR)$(PREFIX)/share/mockloop/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/mockloop
	rm -rf $(DESTDIR)$(PREFIX)/share/mockloop

bench: deps
	$(SWIFT) build -c release
	bash Tests/bench/run.sh $(CURDIR)/$(RELEASE_BIN)

clean:
	rm -rf .build
