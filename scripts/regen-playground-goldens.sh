#!/usr/bin/env bash
# The playground's examples (web/playground/examples/*.exs), and test/web/programs/*.exs, printed by real Elixir: NAME.out is
# the stdout of `elixir NAME.exs < NAME.in` (no input without NAME.in), which test/web/examples.test.ts compares with what the page's
# node prints (pids, time stamps and stack frames masked on both sides, test/conformance/mask.mjs).
# endless_loop.exs never ends: it has no golden.
set -euo pipefail
cd "$(dirname "$0")/../web/playground/examples"
for f in *.exs; do
  [ "$f" = endless_loop.exs ] && continue
  # NAME.in, when there is one, is the example's standard input (the page's tests type it)
  if [ -f "${f%.exs}.in" ]; then elixir "$f" < "${f%.exs}.in" > "${f%.exs}.out" 2>/dev/null
  else elixir "$f" > "${f%.exs}.out" 2>/dev/null < /dev/null; fi
  echo "${f%.exs}.out"
done
# the browser build's own test programs (test/web/programs/NAME.exs -> NAME.out, and NAME.both:
# stdout and stderr as they interleave, for the tests of what is printed when)
cd ../../../test/web/programs
for f in *.exs; do
  # (many of them end in an error: elixir's exit status 1)
  elixir "$f" > "${f%.exs}.out" 2>/dev/null < /dev/null || true
  elixir "$f" > "${f%.exs}.both" 2>&1 < /dev/null || true
  echo "test/web/programs/${f%.exs}.out"
done
# two runs on one node (the page's run of NAME.exs after that of NAME.VARIANT.before): elixir requiring the one file, then the
# other (from -e, whose code elixir evaluates without a compiler module of its own) -> NAME.VARIANT.both
for b in *.*.before; do
  name="${b%%.*}"; out="${b%.before}.both"
  elixir -e "Code.require_file(\"$b\"); Code.require_file(\"$name.exs\")" > "$out" 2>&1 < /dev/null || true
  echo "test/web/programs/$out"
done
