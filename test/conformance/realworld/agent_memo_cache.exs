defmodule Memo do
  use Agent

  def start_link(_ \\ []) do
    Agent.start_link(fn -> %{hits: 0, misses: 0, store: %{}} end, name: __MODULE__)
  end

  def fetch(key, fun) do
    case Agent.get(__MODULE__, &Map.fetch(&1.store, key)) do
      {:ok, value} ->
        Agent.update(__MODULE__, &Map.update!(&1, :hits, fn h -> h + 1 end))
        value

      :error ->
        value = fun.()
        Agent.update(__MODULE__, fn s ->
          %{s | misses: s.misses + 1, store: Map.put(s.store, key, value)}
        end)
        value
    end
  end

  def stats, do: Agent.get(__MODULE__, &Map.take(&1, [:hits, :misses]))
  def size, do: Agent.get(__MODULE__, fn s -> map_size(s.store) end)

  def pop(key) do
    Agent.get_and_update(__MODULE__, fn s ->
      {v, store} = Map.pop(s.store, key)
      {v, %{s | store: store}}
    end)
  end

  def clear, do: Agent.cast(__MODULE__, fn s -> %{s | store: %{}} end)
end

defmodule Fib do
  def fib(0), do: 0
  def fib(1), do: 1
  def fib(n), do: Memo.fetch({:fib, n}, fn -> fib(n - 1) + fib(n - 2) end)
end

defmodule Counter do
  use Agent
  def start_link(initial), do: Agent.start_link(fn -> initial end)
end

{:ok, _} = Memo.start_link()
IO.puts("fib(90) = #{Fib.fib(90)}")
IO.inspect(Memo.stats(), label: "stats")
IO.puts("fib(91) = #{Fib.fib(91)}")
IO.inspect(Memo.stats(), label: "stats")
IO.inspect(Memo.size(), label: "size")
IO.inspect(Memo.pop({:fib, 90}), label: "popped")
IO.inspect(Memo.pop(:missing), label: "popped missing")
Memo.clear()
IO.inspect(Memo.size(), label: "size after clear")

IO.inspect(Memo.child_spec([]), label: "child_spec")
IO.inspect(Counter.child_spec(5))

{:ok, c} = Counter.start_link(10)
Agent.update(c, &(&1 * 2))
IO.inspect(Agent.get(c, & &1), label: "counter")
IO.inspect(Agent.get_and_update(c, fn n -> {n, n + 1} end))
IO.inspect(Agent.get(c, &Integer.to_string/1))
:ok = Agent.stop(c)
IO.inspect(Process.alive?(c), label: "alive")

Process.flag(:trap_exit, true)
{:ok, bad} = Agent.start_link(fn -> :state end)
try do
  Agent.get(bad, fn _ -> raise "boom in agent" end)
catch
  :exit, {{%RuntimeError{message: msg}, _stack}, {GenServer, :call, _}} -> IO.puts("agent crashed: #{msg}")
end
receive do
  {:EXIT, ^bad, {%RuntimeError{}, _}} -> IO.puts("got EXIT from agent")
after
  2000 -> IO.puts("no EXIT")
end
