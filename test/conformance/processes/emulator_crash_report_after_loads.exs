# The emulator's report of a process that raised ("Process #PID<...> raised an exception") is
# translated by Elixir's Logger handler, which for the script's first such report loads the
# modules the translation calls (one request to the code server each): the script's process,
# which loads less to print the exit (Inspect for a tuple, a keyword list and a map), prints on
# before the report comes
IO.inspect(%RuntimeError{message: "warm"})
Process.flag(:trap_exit, true)
pid = spawn_link(fn -> raise "boom" end)

receive do
  {:EXIT, ^pid, {e, [frame | _]}} ->
    IO.inspect(e)
    IO.inspect(frame)
end

IO.puts("after the exit")
Process.sleep(200)
IO.puts("after the report")
