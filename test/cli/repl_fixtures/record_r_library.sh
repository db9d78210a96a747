#!/bin/sh
# Record what real iex (Elixir 1.14) prints for r/1 of standard library modules (r_library.in), run
# in a new directory that has files named lib/enum.ex, lib/lists.ex and lib/string.ex (as a beamlet
# checkout has), into r_library.out. The source path iex names is its own build's: written as
# <SOURCE> (the test masks beamlet's the same way). Never edit r_library.out by hand.
set -e
fixtures="$(cd "$(dirname "$0")" && pwd)"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/lib"
for f in enum lists string; do echo "raise \"not to be compiled\"" > "$dir/lib/$f.ex"; done
cd "$dir"
iex < "$fixtures/r_library.in" 2>/dev/null | sed -E 's/could not find source \([^)]*\)/could not find source (<SOURCE>)/' > "$fixtures/r_library.out"
