#!/bin/sh
# Record what real iex (Elixir 1.14) prints for t/1 and b/1 on standard library modules
# (lib_types.in: whole modules and messages, no prose) into lib_types.out. Never edit it by hand.
set -e
fixtures="$(cd "$(dirname "$0")" && pwd)"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
cd "$dir"
iex < "$fixtures/lib_types.in" > "$fixtures/lib_types.out" 2>/dev/null
