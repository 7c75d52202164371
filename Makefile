# MockLoop: `make run` sets up and starts the app; `make test` sets up and runs every test.
SWIFT ?= swift
PREFIX ?= /usr/local
BIN := .build/debug/mockloop
RELEASE_BIN := .build/release/mockloop

.PHONY: run test deps build build-tests unit e2e lint format goldens install uninstall bench clean

run: deps build
	@$(BIN)

# System packages: ncursesw headers, tmux (end-to-end tests), sqlite3 (inspection).
# Installed with apt when run as root and missing; otherwise the exact command is printed.
deps:
	@missing=""; \
	[ -f /usr/include/ncursesw/curses.h ] || [ -f /usr/include/ncursesw/ncurses.h ] || missing="$$missing libncursesw5-dev"; \
	command -v tmux >/dev/null 2>&1 || missing="$$missing tmux"; \
	command -v sqlite3 >/dev/null 2>&1 || missing="$$missing sqlite3"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing:$$missing"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || exit 1; \
	  else \
	    echo "MockLoop needs:$$missing"; \
	    echo "install them with: sudo apt-get install$$missing"; \
	    exit 1; \
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
