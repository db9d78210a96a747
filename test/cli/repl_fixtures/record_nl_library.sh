#!/bin/sh
# Record what real iex (Elixir 1.14) prints for nl/1,2 of standard library modules (nl_library.in)
# into nl_library.out. (An OTP module's sticky-directory refusal is left out: piped, iex ends
# before its Logger report is written.) Never edit nl_library.out by hand.
cd "$(dirname "$0")"
iex < nl_library.in > nl_library.out 2>/dev/null
