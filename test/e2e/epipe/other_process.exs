# another process writing to standard output raises; the script's own process goes on
{_pid, ref} = spawn_monitor(fn -> for i <- 1..100000, do: IO.puts("line #{i}") end)
receive do
  {:DOWN, ^ref, :process, _, reason} ->
    IO.inspect(:stderr, (case reason do {r, _} -> r; r -> r end), [])
end
IO.puts(:stderr, "after")
