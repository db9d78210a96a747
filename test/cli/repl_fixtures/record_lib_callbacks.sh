#!/bin/sh
# Record what real iex (Elixir 1.14) prints around the docs of the standard library callbacks
# whose docs beamlet writes in its own words (lib_callbacks.in): lib_callbacks.frame keeps the
# @callback lines and messages (lib_docs_frame.mjs --callbacks), not Elixir's text. Never edit
# the .frame file by hand.
set -e
fixtures="$(cd "$(dirname "$0")" && pwd)"
iex < "$fixtures/lib_callbacks.in" 2>/dev/null | node "$fixtures/lib_docs_frame.mjs" --callbacks > "$fixtures/lib_callbacks.frame"
