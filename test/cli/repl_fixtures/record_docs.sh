#!/bin/sh
# Record what real iex (Elixir 1.14) prints for h/1 on the modules of docs.ex, compiled to object
# files with c/2 in the current folder (on iex's code path, where Code.fetch_docs/1 finds them;
# beamlet gives docs to the modules loaded from object files): docs.out for docs.in piped (no
# colours), docs_colors.out for docs_colors.in with iex's output on a terminal (`script` gives it
# one; its CRs dropped). Never edit the .out files by hand.
set -e
fixtures="$(cd "$(dirname "$0")" && pwd)"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
cp "$fixtures/docs.ex" "$dir/"
cd "$dir"
DOCS_DIR="$dir" iex < "$fixtures/docs.in" > "$fixtures/docs.out" 2>/dev/null
rm -f "$dir"/*.beam
DOCS_DIR="$dir" script -qc "iex < '$fixtures/docs_colors.in'" /dev/null | tr -d '\r' > "$fixtures/docs_colors.out"
