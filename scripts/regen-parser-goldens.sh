#!/usr/bin/env bash
# Regenerates the parser goldens from real Elixir 1.14:
#   test/lang/fixtures/NAME.exs -> NAME.json   (quoted form, via scripts/quoted_json.exs)
#   test/lang/errors/NAME.exs   -> NAME.err    (the first line Elixir prints on stderr)
#   test/lang/mixed_script/NAME.exs -> NAME.err (the whole error Elixir prints, stack lines left out)
#   test/lang/identifier_form/NAME.exs -> NAME.err (the same)
# usage: scripts/regen-parser-goldens.sh   (from anywhere)
set -euo pipefail
shopt -s nullglob
root="$(cd "$(dirname "$0")/.." && pwd)"
for f in "$root"/test/lang/fixtures/*.exs; do
  elixir "$root/scripts/quoted_json.exs" "$f" > "${f%.exs}.json" 2>/dev/null || { echo "FAILED: $f" >&2; rm -f "${f%.exs}.json"; }
done
cd "$root/test/lang/errors"
for f in *.exs; do
  # errors are reported relative to the file name given; run from the folder so it is NAME.exs
  (elixir "$f" 2>&1 >/dev/null || true) | head -1 > "${f%.exs}.err"
done
for dir in mixed_script identifier_form conflict_marker; do
  cd "$root/test/lang/$dir"
  for f in *.exs; do
    (elixir "$f" 2>&1 >/dev/null || true) | grep -v '^    (elixir ' > "${f%.exs}.err"
  done
done
