# A crash in a process linked to nobody: Logger's report, as elixir prints it once the process has
# ended (the page prints the same report after a linked crash's EXIT: playground.browser.test.ts)
defmodule Worker do
  def crash, do: raise(ArgumentError, "in the worker")
end

IO.puts("before")
spawn(&Worker.crash/0)
Process.sleep(1000)
