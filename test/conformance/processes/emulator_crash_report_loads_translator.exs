# A process that raises is reported by Elixir's Logger handler, which translates the emulator's
# report: the first one loads Logger.Translator and Logger.Utils (besides String.Chars.List and
# :calendar), so a node that halts a few prints after the crash (here at_exit hooks, as ExUnit's
# last test) halts before the report is written
System.at_exit(fn _ ->
  {_pid, ref} =
    spawn_monitor(fn ->
      spawn_link(fn -> raise "late" end)
      Process.sleep(100)
    end)

  receive do
    {:DOWN, ^ref, _, _, {e, _}} -> IO.puts("down #{inspect(e.__struct__)}")
  end

  IO.puts("a")
  IO.puts("b")
end)
