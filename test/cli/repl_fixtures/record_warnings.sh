#!/bin/sh
# Record what real iex (Elixir 1.14) prints for warnings.in piped on its stdin: the results on
# standard output (warnings.out) and the compiler's warnings on standard error (warnings.err),
# kept apart because the two streams interleave in no fixed order. Never edit them by hand.
cd "$(dirname "$0")"
iex < warnings.in > warnings.out 2> warnings.err
