defmodule Named do
  use GenServer
  def init(x), do: {:ok, x}
  def handle_call(:get, _f, x), do: {:reply, x, x}
end

defmodule Main do
  def run do
    {:ok, pid} = GenServer.start(Named, :first, name: :named)
    {:error, {:already_started, other}} = GenServer.start(Named, :second, name: :named)
    IO.inspect(other == pid)
    IO.inspect(GenServer.whereis(:named) == pid)
    IO.inspect(GenServer.whereis(:nothing))
    IO.inspect(GenServer.call(:named, :get))
    {:ok, mod_named} = GenServer.start(Named, :mod, name: Named)
    IO.inspect(GenServer.call(Named, :get))
    IO.inspect(Process.info(mod_named, :registered_name))
    GenServer.stop(:named)
    {:ok, _} = GenServer.start(Named, :third, name: :named)
    IO.inspect(GenServer.call(:named, :get))
    try do
      GenServer.start(Named, :bad, name: "string name")
    rescue
      e -> IO.puts(Exception.message(e))
    catch
      kind, r -> IO.inspect({kind, r})
    end
  end
end

Main.run()
