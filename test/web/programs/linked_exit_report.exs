# A linked process that crashes ends the script's process: elixir FILE.exs prints the exit as
# Exception.format_exit/1 gives it, under the script's pid
defmodule Worker do
  def crash, do: raise(ArgumentError, "in the worker")
end

IO.puts("before")
spawn_link(&Worker.crash/0)
Process.sleep(1000)
IO.puts("never printed")
