defmodule Selfish do
  use GenServer
  def init(_), do: {:ok, nil}
  def handle_call(:recurse, _f, s) do
    r =
      try do
        GenServer.call(self(), :inner)
      catch
        :exit, reason -> {:caught, elem(reason, 0)}
      end
    {:reply, r, s}
  end
end

defmodule Main do
  def run do
    {:ok, p} = GenServer.start(Selfish, nil)
    IO.inspect(GenServer.call(p, :recurse))
    try do
      GenServer.call(self(), :x)
    catch
      :exit, {reason, {GenServer, :call, _}} -> IO.inspect(reason)
    end
  end
end

Main.run()
