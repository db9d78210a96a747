defmodule KV do
  use GenServer
  def start_link(opts \\ []), do: GenServer.start_link(__MODULE__, :ok, opts)
  def put(s, k, v), do: GenServer.call(s, {:put, k, v})
  def get(s, k), do: GenServer.call(s, {:get, k})
  def delete(s, k), do: GenServer.cast(s, {:delete, k})
  def keys(s), do: GenServer.call(s, :keys)
  def init(:ok), do: {:ok, %{data: %{}, ops: 0}}
  def handle_call({:put, k, v}, _f, st), do: {:reply, Map.get(st.data, k), %{st | data: Map.put(st.data, k, v), ops: st.ops + 1}}
  def handle_call({:get, k}, _f, st), do: {:reply, Map.fetch(st.data, k), %{st | ops: st.ops + 1}}
  def handle_call(:keys, _f, st), do: {:reply, st.data |> Map.keys() |> Enum.sort(), st}
  def handle_cast({:delete, k}, st), do: {:noreply, %{st | data: Map.delete(st.data, k), ops: st.ops + 1}}
end

defmodule Main do
  def run do
    {:ok, s} = KV.start_link(name: :kv)
    IO.inspect(KV.put(:kv, "a", 1))
    IO.inspect(KV.put(:kv, "a", 2))
    IO.inspect(KV.get(:kv, "a"))
    IO.inspect(KV.get(:kv, "zzz"))
    clients = for i <- 1..10 do
      Task.async(fn -> for j <- 1..10, do: KV.put(s, "k#{i}-#{j}", i * j) end)
    end
    Enum.each(clients, &Task.await/1)
    IO.inspect(length(KV.keys(s)))
    KV.delete(s, "a")
    IO.inspect(KV.get(s, "a"))
    IO.inspect(KV.get(s, "k7-6"))
    IO.inspect(:sys.get_state(s).ops)
  end
end

Main.run()
