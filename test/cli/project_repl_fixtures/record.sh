#!/bin/sh
# Record what real `iex -S mix` (Elixir 1.14) prints for session.in, piped on its stdin, in a
# fresh `mix new fdrepl --sup` project with config.exs as its config/config.exs: session.out;
# pids.in, in another such project, to pids.out (the pids the shell's processes take).
# The session edits the project's files itself (File.write!) and calls recompile(). Never edit
# session.out by hand.
set -e
here="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for session in session pids; do
  cd "$tmp"
  rm -rf fdrepl
  mix new fdrepl --sup >/dev/null
  cd fdrepl
  mkdir -p config
  cp "$here/config.exs" config/config.exs
  iex -S mix < "$here/$session.in" > "$here/$session.out" 2>/dev/null
done
