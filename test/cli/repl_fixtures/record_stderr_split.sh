#!/bin/sh
# Record real iex (Elixir 1.14) for stderr_split.in, run in a new directory holding open.ex: its
# standard output into stderr_split.out and its standard error (the compiler's warnings, the
# redefinition warning of c/1, IO.puts(:stderr, ...)) into stderr_split.err. Never edit them by hand.
set -e
fixtures="$(cd "$(dirname "$0")" && pwd)"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
cp "$fixtures/open.ex" "$dir/"
cd "$dir"
iex < "$fixtures/stderr_split.in" > "$fixtures/stderr_split.out" 2> "$fixtures/stderr_split.err"
