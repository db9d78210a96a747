defmodule Fetcher do
  use GenServer
  def init(_), do: {:ok, %{tasks: %{}, results: []}}
  def handle_cast({:fetch, key}, s) do
    t = Task.async(fn -> Process.sleep(10); {key, String.upcase(to_string(key))} end)
    {:noreply, put_in(s.tasks[t.ref], key)}
  end
  def handle_info({ref, result}, s) when is_map_key(s.tasks, ref) do
    Process.demonitor(ref, [:flush])
    {:noreply, %{s | tasks: Map.delete(s.tasks, ref), results: [result | s.results]}}
  end
  def handle_call(:results, _f, s), do: {:reply, {map_size(s.tasks), Enum.sort(s.results)}, s}
end

defmodule Main do
  def run do
    {:ok, f} = GenServer.start(Fetcher, nil)
    for k <- [:alpha, :beta, :gamma], do: GenServer.cast(f, {:fetch, k})
    Process.sleep(200)
    IO.inspect(GenServer.call(f, :results))
  end
end

Main.run()
