#!/bin/sh
# Record what real iex (Elixir 1.14) prints for runtime_info.in into runtime_info.out, its figures
# masked (each number of the memory, statistics/limits and scheduler lines as N, a size's unit as
# U: they are the node's own); the test masks beamlet's output the same way. Never edit
# runtime_info.out by hand.
cd "$(dirname "$0")"
iex < runtime_info.in 2>/dev/null | sed -E '/^(Total|Atoms|Binaries|Code|ETS|Processes|Uptime|Run queue|Ports|Schedulers|Schedulers online):/ { s/[0-9]+/N/g; s/N (B|KB|MB|GB)$/N U/ }' > runtime_info.out
