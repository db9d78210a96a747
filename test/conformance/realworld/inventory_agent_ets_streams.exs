defmodule Inv do
  use Agent
  def start_link(_), do: Agent.start_link(fn -> %{} end, name: __MODULE__)
  def add(sku, n), do: Agent.update(__MODULE__, &Map.update(&1, sku, n, fn c -> c + n end))
  def remove(sku, n) do
    Agent.get_and_update(__MODULE__, fn m ->
      case Map.get(m, sku, 0) do
        c when c >= n -> {:ok, Map.put(m, sku, c - n)}
        c -> {{:error, {:short, sku, c}}, m}
      end
    end)
  end
  def all, do: Agent.get(__MODULE__, & &1)
end
defmodule Main do
  def run do
    {:ok, _} = Supervisor.start_link([Inv, {Task.Supervisor, name: TS}], strategy: :one_for_one)
    Inv.add(:apple, 5); Inv.add(:pear, 2); Inv.add(:apple, 1)
    IO.inspect(Inv.remove(:apple, 4))
    IO.inspect(Inv.remove(:pear, 4))
    IO.inspect(Inv.all())
    t = :ets.new(:cache, [:set, :public, :named_table, read_concurrency: true])
    :ets.insert(t, [{:a, 1}, {:b, 2}, {:c, 3}])
    IO.inspect(:ets.lookup(:cache, :b))
    IO.inspect(:ets.update_counter(:cache, :a, {2, 10}))
    IO.inspect(:ets.insert_new(:cache, {:a, 0}))
    IO.inspect(:ets.tab2list(:cache) |> Enum.sort())
    IO.inspect(:ets.select(:cache, [{{:"$1", :"$2"}, [{:>, :"$2", 2}], [:"$1"]}]) |> Enum.sort())
    IO.inspect(:ets.match_object(:cache, {:_, 3}))
    IO.inspect(:ets.info(:cache, :size))
    :ets.delete(:cache, :c)
    IO.inspect(:ets.member(:cache, :c))
    results = Task.Supervisor.async_stream_nolink(TS, 1..5, fn i -> if i == 3, do: raise("bad #{i}"), else: i * i end, ordered: true)
    |> Enum.to_list()
    IO.inspect(Enum.map(results, fn {:ok, v} -> v; {:exit, {%RuntimeError{message: m}, _}} -> m end))
    Logger.flush()
    t2 = Task.async(fn -> Process.sleep(10); :done end)
    IO.inspect(Task.await(t2))
    t3 = Task.async(fn -> Process.sleep(5000) end)
    IO.inspect(Task.yield(t3, 10))
    IO.inspect(Task.shutdown(t3))
    s = Stream.resource(fn -> 0 end, fn n when n < 5 -> {[n], n + 1}; n -> {:halt, n} end, fn n -> IO.puts("closed at #{n}") end)
    IO.inspect(Enum.take(s, 3))
    IO.inspect(Enum.to_list(s))
    IO.inspect(Stream.unfold(1, fn n -> {n, n * 2} end) |> Enum.take(8))
    IO.inspect(Stream.iterate(1, &(&1 * 3)) |> Stream.take_while(&(&1 < 100)) |> Enum.to_list())
    IO.inspect(Stream.chunk_while(1..10, [], fn x, acc -> if rem(x, 4) == 0, do: {:cont, Enum.reverse([x | acc]), []}, else: {:cont, [x | acc]} end, fn [] -> {:cont, []}; acc -> {:cont, Enum.reverse(acc), []} end) |> Enum.to_list())
    IO.inspect(Stream.zip([1, 2, 3], Stream.cycle([:a, :b])) |> Enum.to_list())
    IO.inspect(1..6 |> Stream.transform(0, fn x, acc -> if acc > 6, do: {:halt, acc}, else: {[x, acc], acc + x} end) |> Enum.to_list())
    IO.inspect(Stream.dedup([1, 1, 2, 2, 1]) |> Enum.to_list())
    IO.inspect(Stream.with_index(~w(a b), 1) |> Enum.to_list())
    IO.inspect(Stream.map(1..3, & &1), label: "stream")
  end
end
Main.run()
