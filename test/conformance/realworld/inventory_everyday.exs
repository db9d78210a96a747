defmodule Inventory do
  @type item :: %{sku: String.t(), qty: non_neg_integer(), price: Decimal.t() | float()}
  defstruct items: %{}, log: []

  def new(opts \\ []) do
    opts = Keyword.validate!(opts, currency: "EUR", max_items: 100)
    {%__MODULE__{}, opts}
  end

  def add(%__MODULE__{} = inv, sku, qty, price) when qty > 0 do
    item = Map.get(inv.items, sku, %{sku: sku, qty: 0, price: price})
    %{inv | items: Map.put(inv.items, sku, %{item | qty: item.qty + qty}), log: [{:add, sku, qty} | inv.log]}
  end

  def remove(inv, sku, qty) do
    with {:ok, item} <- Map.fetch(inv.items, sku),
         :ok <- (if item.qty >= qty, do: :ok, else: {:error, {:insufficient, item.qty}}) do
      items = if item.qty == qty, do: Map.delete(inv.items, sku), else: Map.put(inv.items, sku, %{item | qty: item.qty - qty})
      {:ok, %{inv | items: items, log: [{:remove, sku, qty} | inv.log]}}
    else
      :error -> {:error, :unknown_sku}
      err -> err
    end
  end

  def value(inv), do: inv.items |> Map.values() |> Enum.reduce(0, fn i, acc -> acc + i.qty * i.price end)
end

defmodule Main do
  def run do
    {inv, opts} = Inventory.new(currency: "USD")
    IO.inspect(opts)
    inv =
      inv
      |> Inventory.add("A-1", 5, 2.5)
      |> Inventory.add("B-2", 1, 100)
      |> Inventory.add("A-1", 2, 2.5)

    IO.inspect(Inventory.remove(inv, "A-1", 10))
    IO.inspect(Inventory.remove(inv, "Z-9", 1))
    {:ok, inv} = Inventory.remove(inv, "B-2", 1)
    IO.inspect(inv, label: "inv")
    IO.inspect(Inventory.value(inv), label: "value")
    try do
      Inventory.new(colour: :red)
    rescue
      e -> IO.puts(Exception.message(e))
    end

    res = Enum.reduce_while(1..100, 0, fn x, acc -> if acc + x > 20, do: {:halt, {x, acc}}, else: {:cont, acc + x} end)
    IO.inspect(res, label: "reduce_while")

    counter = Stream.resource(fn -> 1 end, fn n when n > 5 -> {:halt, n}; n -> {[n * 10], n + 1} end, fn n -> send(self(), {:closed, n}) end)
    IO.inspect(Enum.to_list(counter))
    receive do {:closed, n} -> IO.inspect(n, label: "closed at") end

    IO.inspect(String.split("a=1;b=2;c", ";", parts: 2))
    IO.inspect("key = value = more" |> String.split("=", parts: 2) |> Enum.map(&String.trim/1))
    IO.inspect(Integer.parse("42abc"), label: "parse")
    IO.inspect(Float.parse("3.14xyz"))
    IO.inspect(Enum.chunk_every(1..10, 3, 2, :discard))
    IO.inspect(Enum.flat_map_reduce([1, 2, 3], 0, fn x, acc -> {[x, x], acc + x} end))
    IO.inspect(Enum.zip_reduce([1, 2], [3, 4], 0, fn a, b, acc -> acc + a * b end))
    IO.inspect(Map.new([a: 1, b: 2], fn {k, v} -> {v, k} end))
    IO.inspect(Keyword.merge([a: 1, b: 2], [b: 3, c: 4], fn _k, v1, v2 -> v1 + v2 end))
    IO.inspect(get_in(%{a: [%{b: 1}, %{b: 2}]}, [:a, Access.all(), :b]))
    IO.inspect(update_in(%{a: %{b: [1, 2]}}, [:a, :b, Access.at(0)], &(&1 * 100)))
    IO.inspect(Enum.scan([1, 2, 3, 4], &+/2))
    IO.inspect(Enum.dedup_by([{1, :a}, {1, :b}, {2, :c}], &elem(&1, 0)))
    IO.inspect(Enum.min_max([3, 1, 4, 1, 5]))
    IO.inspect(Enum.slide([:a, :b, :c, :d, :e], 1, 3))
    IO.inspect(List.keyfind([{:a, 1}, {:b, 2}], :b, 0))
    IO.inspect(Tuple.to_list({1, 2}) ++ Tuple.to_list(Tuple.append({}, 3)))
    IO.inspect(inspect(%{"k" => [1.0, :atom, "s", 'cl', {}]}, pretty: true, width: 20))
    IO.puts(IO.ANSI.format([:red, "red", :reset, " plain"], false) |> IO.iodata_to_binary())
    IO.inspect(:io_lib.format("~p ~s ~w ~.2f", [[1, 2], "str", :atom, 3.14159]) |> IO.iodata_to_binary())
    IO.inspect(String.jaro_distance("martha", "marhta"))
    IO.inspect(URI.parse("https://user@example.com:8080/p/a?q=1#frag") |> Map.take([:host, :port, :path, :query, :userinfo]))
    IO.inspect(URI.decode_query("a=1&b=x%20y&a=2"))
    IO.inspect(URI.encode_query(%{"q" => "elixir lang", "page" => 2}))
  end
end

Main.run()
