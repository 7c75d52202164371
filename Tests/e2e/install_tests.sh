# shellcheck shell=bash
# End-to-end test of `make install` with DESTDIR and PREFIX=/usr: the binary, the shell
# completions for bash, zsh and fish and the man page land at their standard places, and
# `make uninstall` takes them away. Sourced by run.sh, which provides the helpers (note, WORK,
# BIN, ROOT, ...). Like the install test in run.sh, it installs the binary under test (SWIFT=:
# skips the release build) and makes the man page from the debug build, so it costs seconds, not
# minutes; the first run in a fresh .build also builds the manual generator once (about a minute).

# The files `make install` puts under the prefix beside the binary and the content.
INSTALLED_EXTRAS=(
  share/bash-completion/completions/mockloop
  share/zsh/site-functions/_mockloop
  share/fish/vendor_completions.d/mockloop.fish
  share/man/man1/mockloop.1
  share/mockloop/Decks/index.idx
)

install_under() {
  make -s -C "$ROOT" "$2" DESTDIR="$1" PREFIX=/usr SWIFT=: RELEASE_BIN="$BIN" MANUAL_SWIFT="${E2E_SWIFT:-swift}" \
    MANUAL_CONFIGURATION=debug >>"$WORK/install-destdir.log" 2>&1 ||
    { tail -20 "$WORK/install-destdir.log" >&2; return 1; }
}

test_install_completions_and_man_page() {
  local dest file
  dest=$(mktemp -d "$WORK/destdir.XXXXXX")
  install_under "$dest" install
  [ -x "$dest/usr/bin/mockloop" ] || { note "no $dest/usr/bin/mockloop"; return 1; }
  for file in "${INSTALLED_EXTRAS[@]}"; do
    [ -s "$dest/usr/$file" ] || { note "missing or empty: /usr/$file"; return 1; }
  done
  bash -n "$dest/usr/share/bash-completion/completions/mockloop" || { note "the bash completion does not parse"; return 1; }
  grep -q '^complete .*mockloop' "$dest/usr/share/bash-completion/completions/mockloop" ||
    { note "the bash completion registers nothing for mockloop"; return 1; }
  grep -q '^#compdef mockloop' "$dest/usr/share/zsh/site-functions/_mockloop" ||
    { note "the zsh completion has no #compdef line"; return 1; }
  grep -q "^complete -c '\?mockloop'\?" "$dest/usr/share/fish/vendor_completions.d/mockloop.fish" ||
    { note "the fish completion completes nothing for mockloop"; return 1; }
  grep -q '^\.Dt MOCKLOOP 1' "$dest/usr/share/man/man1/mockloop.1" ||
    { note "the man page has no .Dt MOCKLOOP 1 header"; return 1; }
  grep -q 'history' "$dest/usr/share/man/man1/mockloop.1" ||
    { note "the man page does not describe the subcommands"; return 1; }
  install_under "$dest" uninstall
  [ ! -e "$dest/usr/bin/mockloop" ] || { note "uninstall left /usr/bin/mockloop"; return 1; }
  for file in "${INSTALLED_EXTRAS[@]}"; do
    [ ! -e "$dest/usr/$file" ] || { note "uninstall left /usr/$file"; return 1; }
  done
}

TESTS+=(
  "make install DESTDIR=... PREFIX=/usr puts completions and the man page in place, uninstall removes them|test_install_completions_and_man_page"
)
