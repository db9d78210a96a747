# A dispatch desk: orders wait in an Erlang :queue, stock lives in a map handled with :maps,
# and couriers are paired with parcels by :lists.zip. Then the desk's failure drills: callbacks
# that raise (or answer nonsense) inside :queue/:maps/:lists, and the frames they leave.
defmodule Desk do
  def new(orders), do: %{queue: :queue.from_list(orders), stock: %{apple: 5, pear: 0, fig: 12, kiwi: 3}}

  def urgent(desk, order), do: %{desk | queue: :queue.in_r(order, desk.queue)}

  def drop_cancelled(desk) do
    %{desk | queue: :queue.filter(fn {_id, item, _qty} -> item != :cancelled end, desk.queue)}
  end

  def split_bulk(desk) do
    q =
      :queue.filter(
        fn
          {id, item, qty} when qty > 4 -> [{id, item, 4}, {id, item, qty - 4}]
          _ -> true
        end,
        desk.queue
      )

    %{desk | queue: q}
  end

  def restock(desk, extra) do
    %{desk | stock: :maps.map(fn item, n -> n + Map.get(extra, item, 0) end, desk.stock)}
  end

  def in_stock(desk), do: :maps.filter(fn _item, n -> n > 0 end, desk.stock)

  def labels(desk) do
    :maps.filtermap(
      fn
        _item, 0 -> false
        item, n when n > 10 -> {true, "#{item} (bulk)"}
        _item, _n -> true
      end,
      desk.stock
    )
  end

  def ship(desk, couriers) do
    parcels = :queue.to_list(desk.queue)
    :lists.zip(Enum.take(couriers, length(parcels)), parcels)
  end
end

desk = Desk.new([{1, :apple, 2}, {2, :cancelled, 1}, {3, :fig, 9}, {4, :kiwi, 1}])
desk = desk |> Desk.urgent({0, :pear, 1}) |> Desk.drop_cancelled() |> Desk.split_bulk()
IO.inspect(:queue.to_list(desk.queue), label: "queue")
desk = Desk.restock(desk, %{pear: 6})
IO.inspect(desk.stock, label: "stock")
IO.inspect(Desk.in_stock(Desk.restock(desk, %{apple: -5})), label: "in stock")
IO.inspect(Desk.labels(desk), label: "labels")
:maps.foreach(fn item, n -> IO.puts("  #{item}: #{String.duplicate("#", n)}") end, desk.stock)
IO.inspect(:maps.update_with(:fig, &(&1 - 1), desk.stock), label: "sold a fig")
IO.inspect(Desk.ship(desk, ~w(ann bo cy dee eve fay)), label: "shipping")

frames = fn stack -> for {m, _, _, _} = fr <- stack, m in [:queue, :maps, :lists], do: fr end

drills = [
  queue_filter_raises_in_rear: fn -> :queue.filter(fn {_, item, _} -> item != :kiwi or raise("no kiwis") end, desk.queue) end,
  queue_filter_raises_in_front: fn ->
    q = :queue.in_r({-1, :plum, 1}, desk.queue)
    {_, q} = :queue.out(:queue.in_r({-2, :plum, 1}, q))
    :queue.filter(fn {id, _, _} -> id < 0 and raise("plum #{id}") end, q)
  end,
  queue_filter_answers_maybe: fn -> :queue.filter(fn _ -> :maybe end, desk.queue) end,
  queue_filtermap_raises: fn -> :queue.filtermap(fn {id, _, _} -> if id == 3, do: raise("three"), else: true end, desk.queue) end,
  queue_filtermap_answers_list: fn -> :queue.filtermap(fn o -> [o] end, desk.queue) end,
  maps_map_raises: fn -> :maps.map(fn item, n -> if item == :kiwi, do: n / 0, else: n end, desk.stock) end,
  maps_map_raises_first: fn -> :maps.map(fn _, _ -> raise "first" end, desk.stock) end,
  maps_filter_raises: fn -> :maps.filter(fn item, _ -> if item == :pear, do: raise("pear"), else: true end, desk.stock) end,
  maps_filter_answers_nil: fn -> :maps.filter(fn item, _ -> if item == :fig, do: nil, else: false end, desk.stock) end,
  maps_filtermap_raises: fn -> :maps.filtermap(fn item, n -> if item == :pear, do: raise("pear"), else: {true, n} end, desk.stock) end,
  maps_filtermap_answers_ok: fn -> :maps.filtermap(fn _, _ -> :ok end, desk.stock) end,
  maps_foreach_raises: fn -> :maps.foreach(fn item, _ -> item == :kiwi and raise("kiwi") end, desk.stock) end,
  maps_update_with_missing: fn -> :maps.update_with(:plum, &(&1 + 1), desk.stock) end,
  maps_update_with_raises: fn -> :maps.update_with(:fig, fn _ -> raise "fig" end, desk.stock) end,
  maps_update_with_4_raises: fn -> :maps.update_with(:fig, fn _ -> raise "fig" end, 0, desk.stock) end,
  lists_zip_short: fn -> Desk.ship(desk, ~w(ann bo)) end,
  lists_zip_first: fn -> :lists.zip([], [1]) end,
  lists_zip3_short: fn -> :lists.zip3([1, 2], [3, 4], [5]) end,
  lists_delete_improper: fn -> :lists.delete(:x, [:a, :b | :c]) end
]

for {name, fun} <- drills do
  try do
    IO.inspect(fun.(), label: name)
  rescue
    e ->
      IO.puts("#{name}: #{inspect(e.__struct__)}: #{Exception.message(e) |> String.split("\n") |> hd()}")
      Enum.each(frames.(__STACKTRACE__), &IO.inspect(&1, label: "  at"))
  end
end

:maps.map(fn item, n -> if item == :fig, do: raise(ArgumentError, "figs are out"), else: n end, desk.stock)
