defmodule Cfg do
  use GenServer
  def init(c), do: {:ok, c}
  def handle_call({:get, k}, _f, c), do: {:reply, Map.get(c, k), c}
end

defmodule Main do
  def run do
    {:ok, p} = GenServer.start(Cfg, %{level: :info, retries: 3})
    IO.inspect(GenServer.call(p, {:get, :level}))
    new = :sys.replace_state(p, fn c -> Map.put(c, :level, :debug) end)
    IO.inspect(new)
    IO.inspect(GenServer.call(p, {:get, :level}))
    IO.inspect(:sys.get_state(p, 1000))
    try do
      :sys.replace_state(p, fn _ -> raise "bad replace" end)
    catch
      kind, reason -> IO.inspect({kind, elem(reason, 0)}, label: "replace_state raising")
    end
    IO.inspect(Process.alive?(p))
    IO.inspect(:sys.get_state(p))
  end
end

Main.run()
