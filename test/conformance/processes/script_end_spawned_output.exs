# A script's last expression spawns processes: elixir's script process ends a moment later, and
# the node halts a moment after that. A process that prints a string gets it out first; one that
# must load a module first (String.Chars.Integer for IO.puts(42)) does not.
IO.puts("script body")
spawn(fn -> IO.puts("from a spawned process") end)
spawn(fn -> IO.puts(42) end)
