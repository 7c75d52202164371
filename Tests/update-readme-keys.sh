#!/usr/bin/env bash
# Rewrites the key table in README.md from `mockloop keys` (the keymap is the single source).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/debug/mockloop}
python3 - "$bin" <<'PY'
import subprocess, sys, re
table = subprocess.run([sys.argv[1], "keys"], check=True, capture_output=True, text=True).stdout.strip()
text = open("README.md").read()
begin = text.index("<!-- keys:begin")
begin = text.index("\n", begin) + 1
end = text.index("<!-- keys:end -->")
open("README.md", "w").write(text[:begin] + "\n" + table + "\n\n" + text[end:])
PY
