# Stream.resource runs its after function when next_fun or the consuming
# reducer raises, throws or exits, then lets the error go on
defmodule Res do
  def lines(name, next) do
    Stream.resource(
      fn -> IO.puts("open #{name}"); 0 end,
      fn n -> next.(n) end,
      fn n -> IO.puts("close #{name} at #{n}") end
    )
  end
end

counting = fn
  n when n < 4 -> {[n, n + 100], n + 1}
  n -> {:halt, n}
end

IO.inspect(Enum.to_list(Res.lines(:plain, counting)))

raising_next = fn
  2 -> raise "next failed"
  n -> {[n], n + 1}
end

try do
  Enum.to_list(Res.lines(:next_raise, raising_next))
rescue
  e -> IO.inspect(e, label: "rescued")
end

try do
  Res.lines(:reducer_raise, counting)
  |> Stream.map(fn 101 -> raise ArgumentError, "bad item"; x -> x end)
  |> Enum.to_list()
rescue
  e -> IO.inspect(e, label: "rescued")
end

IO.inspect(try do Enum.each(Res.lines(:throw, counting), fn x -> if x == 2, do: throw({:stop, x}) end) catch :throw, t -> {:thrown, t} end)
IO.inspect(try do Enum.reduce(Res.lines(:exit, counting), 0, fn x, acc -> if x > 100, do: exit(:enough), else: acc + x end) catch :exit, r -> {:exited, r} end)

# a halted consumer still closes once, and a zip that suspends keeps the buffered items
IO.inspect(Enum.take(Res.lines(:take, counting), 3))
IO.inspect(Enum.zip(Res.lines(:zip, counting), [:a, :b, :c]))

Res.lines(:uncaught, raising_next) |> Enum.map(&(&1 * 2))
