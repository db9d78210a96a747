# A script that defines a module ends after Elixir's parallel checker has verified it, some
# milliseconds: a linked process whose init failed kills the script's process in that moment
# (status 1), after what the script printed.
defmodule Failing do
  use GenServer
  def init(:ok), do: {:stop, :nope}
end

GenServer.start_link(Failing, :ok)
IO.puts("after the failed start")
