# Erlang's :queue (OTP 25): every function on queues built by seeded random sequences of
# operations, printing the queues themselves (their {rear, front} shape is OTP's), the order funs
# are called in, and the errors of empty and malformed queues.
:rand.seed(:exsss, {3, 1, 4})

build = fn n ->
  Enum.reduce(1..n//1, :queue.new(), fn i, q ->
    case :rand.uniform(6) do
      1 -> :queue.in_r(i, q)
      2 -> elem(:queue.out(q), 1)
      3 -> elem(:queue.out_r(q), 1)
      _ -> :queue.in(i, q)
    end
  end)
end

show = fn label, f ->
  result =
    try do
      inspect(f.())
    rescue
      e -> "raised " <> inspect(e)
    end

  IO.puts(label <> " -> " <> result)
end

for round <- 1..40 do
  q = build.(:rand.uniform(12) - 1)
  q2 = build.(:rand.uniform(6) - 1)
  IO.puts("## #{round}: #{inspect(q)} / #{inspect(q2)}")
  show.("from_list", fn -> :queue.from_list(:queue.to_list(q)) end)
  show.("len", fn -> :queue.len(q) end)
  show.("get", fn -> :queue.get(q) end)
  show.("get_r", fn -> :queue.get_r(q) end)
  show.("peek", fn -> :queue.peek(q) end)
  show.("peek_r", fn -> :queue.peek_r(q) end)
  show.("drop", fn -> :queue.drop(q) end)
  show.("drop_r", fn -> :queue.drop_r(q) end)
  show.("head", fn -> :queue.head(q) end)
  show.("tail", fn -> :queue.tail(q) end)
  show.("last", fn -> :queue.last(q) end)
  show.("init", fn -> :queue.init(q) end)
  show.("liat", fn -> :queue.liat(q) end)
  show.("daeh", fn -> :queue.daeh(q) end)
  show.("cons", fn -> :queue.cons(:c, q) end)
  show.("snoc", fn -> :queue.snoc(q, :s) end)
  show.("reverse", fn -> :queue.reverse(q) end)
  show.("join", fn -> :queue.join(q, q2) end)
  show.("join back", fn -> :queue.join(q2, q) end)
  for n <- 0..(:queue.len(q) + 1), do: show.("split #{n}", fn -> :queue.split(n, q) end)
  show.("filter even", fn -> :queue.filter(&(rem(&1, 2) == 0), q) end)
  show.("filter dup", fn -> :queue.filter(&[&1, &1 * 10], q) end)
  show.("filtermap", fn -> :queue.filtermap(fn x -> if rem(x, 3) == 0, do: false, else: {true, -x} end, q) end)
  show.("fold", fn -> :queue.fold(&[&1 | &2], [], q) end)
  show.("any", fn -> :queue.any(&(&1 > 5), q) end)
  show.("all", fn -> :queue.all(&(&1 > 0), q) end)
  pick = Enum.random([1, 2, 3, 5, 8, 99])
  show.("delete #{pick}", fn -> :queue.delete(pick, q) end)
  show.("delete_r #{pick}", fn -> :queue.delete_r(pick, q) end)
  show.("delete_with", fn -> :queue.delete_with(&(&1 > pick), q) end)
  show.("delete_with_r", fn -> :queue.delete_with_r(&(&1 > pick), q) end)
  show.("member", fn -> :queue.member(pick, q) end)
end

# the order funs see the items in
q = :queue.from_list([1, 2, 3, 4, 5, 6])
q = :queue.in(7, :queue.in_r(0, q))
seen = fn fun -> fn x -> send(self(), {:saw, x}); fun.(x) end end
drain = fn -> Stream.repeatedly(fn -> receive do {:saw, x} -> x after 0 -> nil end end) |> Enum.take_while(& &1) end
:queue.filter(seen.(fn _ -> true end), q)
IO.inspect(drain.(), label: "filter order")
:queue.filtermap(seen.(fn _ -> true end), q)
IO.inspect(drain.(), label: "filtermap order")
:queue.delete_with(seen.(fn x -> x == 100 end), q)
IO.inspect(drain.(), label: "delete_with order")
:queue.delete_with_r(seen.(fn x -> x == 100 end), q)
IO.inspect(drain.(), label: "delete_with_r order")

for bad <- [:nope, {[1], :x}, {:a, :b}] do
  for {name, f} <- [len: &:queue.len/1, to_list: &:queue.to_list/1, get: &:queue.get/1, drop: &:queue.drop/1, reverse: &:queue.reverse/1, is_empty: &:queue.is_empty/1] do
    show.("#{name}(#{inspect(bad)})", fn -> f.(bad) end)
  end
end

show.("from_list(:x)", fn -> :queue.from_list(:x) end)
show.("get empty", fn -> :queue.get(:queue.new()) end)
show.("drop_r empty", fn -> :queue.drop_r(:queue.new()) end)
show.("split too far", fn -> :queue.split(5, :queue.from_list([1, 2])) end)
