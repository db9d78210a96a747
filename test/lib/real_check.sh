#!/usr/bin/env bash
# Runs beamlet's lib/*.ex under REAL Elixir, with our modules renamed (Enum -> BEnum ...), and runs
# each test/lib/*.exs (renamed the same way) against them; the output, renamed back, must equal
# what the same program prints with Elixir's own modules. Usage: test/lib/real_check.sh [NAME...]
# This checks lib/ before (and independently of) the beamlet compiler.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/lib"
for f in "$root"/lib/*.ex; do perl "$here/rename.pl" < "$f" > "$tmp/lib/$(basename "$f")"; done
# compile the renamed lib once
if ! (cd "$tmp" && elixirc --ignore-module-conflict -o "$tmp/ebin" lib/*.ex > "$tmp/compile.log" 2>&1); then
  cat "$tmp/compile.log"; exit 2
fi
grep -v "^warning\|^  \|^$" "$tmp/compile.log" | head -20
names=("$@")
if [ ${#names[@]} -eq 0 ]; then for t in "$here"/*.exs; do names+=("$(basename "$t" .exs)"); done; fi
pass=0; fail=0
for n in "${names[@]}"; do
  t="$here/$n.exs"
  expected="$(cd "$here" && elixir "$t" 2>"$tmp/$n.experr")"
  if [ $? -ne 0 ] && [ ! -f "$here/$n.fails" ]; then echo "FAIL $n: real Elixir exits non-zero"; head -5 "$tmp/$n.experr"; fail=$((fail+1)); continue; fi
  perl "$here/rename.pl" < "$t" > "$tmp/$n.exs"
  got="$(cd "$here" && elixir -pa "$tmp/ebin" "$tmp/$n.exs" 2>"$tmp/$n.err" | perl -pe 's/\bBStringChars\b/String.Chars/g; s/\bB(Enum|Enumerable|Collectable|Stream|MapSet|Access|Exception|Kernel|Range|Map|List|Keyword|String|Inspect|Protocol|[A-Z]\w*Error)\b/$1/g')"
  if [ "$expected" == "$got" ]; then pass=$((pass+1)); else
    fail=$((fail+1)); echo "FAIL $n"; diff <(echo "$expected") <(echo "$got") | head -${DIFFN:-20}; head -c 1500 "$tmp/$n.err"
  fi
done
echo "real_check: $pass passed, $fail failed"
