#!/bin/sh
# Record what real iex (Elixir 1.14) prints for warnings.in and env.in piped on its stdin: the
# results on standard output (NAME.out) and the compiler's warnings on standard error (NAME.err),
# kept apart because the two streams interleave in no fixed order. Never edit them by hand.
cd "$(dirname "$0")"
for n in warnings env; do
  iex < "$n.in" > "$n.out" 2> "$n.err"
done
