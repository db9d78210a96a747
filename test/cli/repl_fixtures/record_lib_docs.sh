#!/bin/sh
# Record what real iex (Elixir 1.14) prints around the docs of the standard library functions
# whose docs beamlet writes in its own words (lib_docs.in): lib_docs.frame keeps the headings,
# @spec lines, metadata and messages (lib_docs_frame.mjs), not Elixir's text. Never edit the
# .frame file by hand.
set -e
fixtures="$(cd "$(dirname "$0")" && pwd)"
iex < "$fixtures/lib_docs.in" 2>/dev/null | node "$fixtures/lib_docs_frame.mjs" > "$fixtures/lib_docs.frame"
