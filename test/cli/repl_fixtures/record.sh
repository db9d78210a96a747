#!/bin/sh
# Record what real iex (Elixir 1.14) prints for each NAME.in, piped on its stdin, into NAME.out.
# Never edit the .out files by hand.
cd "$(dirname "$0")"
for f in *.in; do
  iex < "$f" > "${f%.in}.out" 2>/dev/null
done
