#!/bin/sh
# Record what real `iex -S mix` (Elixir 1.14) prints for session.in, piped on its stdin, in a
# fresh `mix new fdrepl --sup` project with config.exs as its config/config.exs: session.out.
# The session edits the project's files itself (File.write!) and calls recompile(). Never edit
# session.out by hand.
set -e
here="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
mix new fdrepl --sup >/dev/null
cd fdrepl
mkdir -p config
cp "$here/config.exs" config/config.exs
iex -S mix < "$here/session.in" > "$here/session.out" 2>/dev/null
