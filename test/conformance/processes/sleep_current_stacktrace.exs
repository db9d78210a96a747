# A process waiting in Process.sleep/1 is at Elixir's line of it (lib/process.ex:250), as
# Process.info(pid, :current_stacktrace) shows (and ExUnit's report of a test that timed out in a
# sleep); its FunctionClauseError names the same line; a receive of the program's own waits at its
# function's line
defmodule Main do
  def wait do
    receive do
    after
      100_000 -> :ok
    end
  end

  def run do
    pids = [spawn(fn -> Process.sleep(:infinity) end), spawn(fn -> Process.sleep(100_000) end), spawn(&wait/0)]
    Process.sleep(50)

    for p <- pids do
      {:current_stacktrace, st} = Process.info(p, :current_stacktrace)
      IO.inspect(st)
    end

    try do
      Process.sleep(-1)
    rescue
      e -> IO.inspect({e.__struct__, hd(__STACKTRACE__)})
    end
  end
end

Main.run()
