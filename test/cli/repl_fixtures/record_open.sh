#!/bin/sh
# Record what real iex (Elixir 1.14) prints for open.in, run in a new directory holding open.ex
# (c/2 writes its object file there): open.out with no editor set, open_editor.out with
# ELIXIR_EDITOR=echo (the file and line iex hands the editor). The directory is written as <DIR>
# (the test puts its own back). Never edit the .out files by hand.
set -e
fixtures="$(cd "$(dirname "$0")" && pwd)"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
cp "$fixtures/open.ex" "$dir/"
cd "$dir"
env -u EDITOR -u ELIXIR_EDITOR iex < "$fixtures/open.in" 2>/dev/null | sed "s|$dir|<DIR>|g" > "$fixtures/open.out"
rm -f "$dir"/*.beam
env -u EDITOR ELIXIR_EDITOR=echo iex < "$fixtures/open.in" 2>/dev/null | sed "s|$dir|<DIR>|g" > "$fixtures/open_editor.out"
