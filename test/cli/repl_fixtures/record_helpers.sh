#!/bin/sh
# Record what real iex (Elixir 1.14) prints for helpers.in, run in helpers/ (its .iex.exs is
# loaded first), into helpers.out; the fixture directory's absolute path is written as
# <FIXTURES> (the test puts its own back). Never edit helpers.out by hand.
cd "$(dirname "$0")/helpers"
iex < ../helpers.in 2>/dev/null | sed "s|$(pwd)|<FIXTURES>|g" > ../helpers.out
