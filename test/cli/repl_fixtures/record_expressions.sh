#!/bin/sh
# Record what real iex (Elixir 1.14) prints for expressions.in, run in expressions/ (its .iex.exs
# is loaded first), into expressions.out; the fixture directory's absolute path is written as
# <FIXTURES>. Never edit expressions.out by hand. (Standard error, the warnings, is left out: piped,
# iex writes it in an order of its own; tty_expressions.screen shows where a terminal has them.)
cd "$(dirname "$0")/expressions"
iex < ../expressions.in 2>/dev/null | sed "s|$(pwd)|<FIXTURES>|g" > ../expressions.out
