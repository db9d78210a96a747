# Enum.sort/2 of a list is OTP's lists:sort/2 (a natural merge sort over ascending and descending
# runs): a comparator with side effects sees OTP's pairs in OTP's order, elements it calls equal
# (1 and 1.0) come out in OTP's order, and a failing comparator's frame is :lists.sort/2's
drain = fn -> Stream.repeatedly(fn -> receive do m -> m after 0 -> nil end end) |> Enum.take_while(& &1) end
seen = fn f -> fn a, b -> send(self(), {a, b}); f.(a, b) end end

IO.inspect(Enum.sort([4, 9, 4], seen.(&<=/2)))
IO.inspect(drain.())
IO.inspect(Enum.sort([5, 1, 4, 2, 3, 3, 0], seen.(&>=/2)))
IO.inspect(drain.())
IO.inspect(:lists.sort(seen.(&<=/2), [3, 1, 2, 8, 7, 9, 0, 5]))
IO.inspect(drain.())
IO.inspect(Enum.sort([1.0, 1, 1.0, 1, 2, 2.0], :asc))
IO.inspect(Enum.sort([1.0, 1, 1.0, 1, 2, 2.0], :desc))
IO.inspect(Enum.sort([1.0, 1, 1.0, 1, 2, 2.0], fn a, b -> a > b end))
IO.inspect(Enum.sort([~D[2020-01-02], ~D[2020-01-01]], Date))
IO.inspect(List.keysort([{2, :a}, {1.0, :b}, {1, :c}, {2.0, :d}], 0))

:rand.seed(:exsss, {1, 2, 3})

for n <- [5, 8, 13, 40] do
  l = Enum.map(1..n, fn _ -> :rand.uniform(10) end)
  sorted = Enum.sort(l, seen.(&<=/2))
  calls = drain.()
  IO.inspect({n, sorted == Enum.sort(l), length(calls), :erlang.phash2(calls)})
end

defmodule ByLength do
  def run(words), do: Enum.sort(words, fn a, b -> String.length(a) - String.length(b) end)
end

ByLength.run(["ccc", "a", "bb"])
