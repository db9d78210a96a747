#!/bin/sh
# Record what real iex (Elixir 1.14) prints for nl.in, run in a new directory holding nl.ex (c/2
# writes its object file there, where iex's code path finds it), into nl.out. Never edit nl.out by
# hand.
set -e
fixtures="$(cd "$(dirname "$0")" && pwd)"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
cp "$fixtures/nl.ex" "$dir/"
cd "$dir"
iex < "$fixtures/nl.in" > "$fixtures/nl.out" 2>/dev/null
