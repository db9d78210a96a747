# A name registry built on an Agent: processes register under any term
defmodule Names do
  def start, do: Agent.start_link(fn -> %{} end, name: __MODULE__)
  def register(key, pid), do: Agent.get_and_update(__MODULE__, fn m ->
    if Map.has_key?(m, key), do: {{:error, :taken}, m}, else: {:ok, Map.put(m, key, pid)}
  end)
  def whereis(key), do: Agent.get(__MODULE__, &Map.get(&1, key))
  def send_to(key, msg) do
    case whereis(key) do
      nil -> {:error, :unknown}
      pid -> send(pid, msg); :ok
    end
  end
end

defmodule Main do
  def run do
    Names.start()
    parent = self()
    w = spawn(fn -> receive do: ({:hello, n} -> send(parent, {:got, n})) end)
    IO.inspect(Names.register({:worker, 1}, w))
    IO.inspect(Names.register({:worker, 1}, self()))
    IO.inspect(Names.send_to({:worker, 1}, {:hello, 42}))
    receive do: ({:got, n} -> IO.inspect(n, label: "worker got"))
    IO.inspect(Names.send_to({:worker, 2}, :x))
    IO.inspect(Names.whereis({:worker, 1}) == w)
  end
end

Main.run()
