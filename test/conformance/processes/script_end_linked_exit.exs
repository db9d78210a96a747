# A process linked to the script's process dies right after the script's last expression: the
# script's process has not ended yet, so the exit signal ends it (status 1), as on elixir.
IO.puts("script body")
spawn_link(fn -> exit(:bad) end)
