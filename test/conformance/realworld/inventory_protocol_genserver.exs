# A GenServer inventory of structs with a protocol (Item and Map impls), with/else on a guard-ish
# check, for with a filter into a list and reduce:, word frequencies, a binary comprehension into ""
defprotocol Describable do
  def describe(item)
end

defmodule Item do
  defstruct [:name, :price, qty: 0, tags: []]
end

defimpl Describable, for: Item do
  def describe(%Item{name: n, price: p, qty: q}), do: "#{n} x#{q} @ #{:erlang.float_to_binary(p / 1, decimals: 2)}"
end

defimpl Describable, for: Map do
  def describe(m), do: "map with #{map_size(m)} keys"
end

defmodule Inventory do
  use GenServer

  def start_link(items), do: GenServer.start_link(__MODULE__, items, name: __MODULE__)
  def add(item), do: GenServer.call(__MODULE__, {:add, item})
  def remove(name, n), do: GenServer.call(__MODULE__, {:remove, name, n})
  def report, do: GenServer.call(__MODULE__, :report)

  @impl true
  def init(items), do: {:ok, Map.new(items, &{&1.name, &1})}

  @impl true
  def handle_call({:add, %Item{name: name} = item}, _from, state) do
    state = Map.update(state, name, item, fn old -> %{old | qty: old.qty + item.qty} end)
    {:reply, :ok, state}
  end

  def handle_call({:remove, name, n}, _from, state) do
    with {:ok, item} <- Map.fetch(state, name),
         true <- item.qty >= n || {:error, :not_enough, item.qty},
         left = item.qty - n do
      {:reply, {:ok, left}, Map.put(state, name, %{item | qty: left})}
    else
      :error -> {:reply, {:error, :unknown}, state}
      {:error, reason, have} -> {:reply, {:error, reason, have}, state}
    end
  end

  def handle_call(:report, _from, state) do
    lines = for {_, item} <- Enum.sort(state), item.qty > 0, into: [], do: Describable.describe(item)
    total = for {_, %Item{price: p, qty: q}} <- state, reduce: 0 do
      acc -> acc + p * q
    end
    {:reply, {lines, total}, state}
  end
end

defmodule Main do
  def run do
    {:ok, _} = Inventory.start_link([%Item{name: "apple", price: 0.5, qty: 10}, %Item{name: "pear", price: 1, qty: 0}])
    IO.inspect(Inventory.add(%Item{name: "apple", price: 0.5, qty: 5}))
    IO.inspect(Inventory.add(%Item{name: "kiwi", price: 2.25, qty: 3, tags: [:exotic]}))
    IO.inspect(Inventory.remove("apple", 12))
    IO.inspect(Inventory.remove("apple", 12))
    IO.inspect(Inventory.remove("plum", 1))
    {lines, total} = Inventory.report()
    Enum.each(lines, &IO.puts/1)
    IO.inspect(total)
    IO.puts(Describable.describe(%{a: 1, b: 2}))
    try do
      Describable.describe([1])
    rescue
      e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
    end
    words = "the quick brown fox jumps over the lazy dog the end"
    freq = words |> String.split() |> Enum.frequencies() |> Enum.sort_by(fn {w, c} -> {-c, w} end) |> Enum.take(3)
    IO.inspect(freq)
    IO.inspect(for <<c <- "hello">>, c in ?a..?m, into: "", do: <<c - 32>>)
    IO.inspect(Enum.chunk_while(1..10, [], fn x, acc -> if rem(x, 3) == 0, do: {:cont, Enum.reverse([x | acc]), []}, else: {:cont, [x | acc]} end, fn [] -> {:cont, []}; acc -> {:cont, Enum.reverse(acc), []} end))
    IO.inspect(%Item{name: "x", price: 1} |> Map.from_struct() |> Map.keys())

  end
end

Main.run()
