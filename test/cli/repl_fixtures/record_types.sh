#!/bin/sh
# Record what real iex (Elixir 1.14) prints for t/1 and b/1 on the modules of types.ex, compiled to
# object files with c/2 in a new folder (Code.Typespec reads the types from them): types.out for
# types.in piped (no colours), types_colors.out for types_colors.in on a terminal (`script` gives
# it one; its CRs dropped). Never edit the .out files by hand.
set -e
fixtures="$(cd "$(dirname "$0")" && pwd)"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
cp "$fixtures/types.ex" "$dir/"
cd "$dir"
TYPES_DIR="$dir" iex < "$fixtures/types.in" > "$fixtures/types.out" 2>/dev/null
rm -f "$dir"/*.beam
TYPES_DIR="$dir" script -qc "iex < '$fixtures/types_colors.in'" /dev/null | tr -d '\r' > "$fixtures/types_colors.out"
