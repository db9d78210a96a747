# Enum.count/2 and Enum.frequencies/1 over something only the Enumerable protocol reduces: their
# frame stays under the protocol's reduce, at the line of Elixir's inlined reduce/3, and the fns
# their reduce made are named after them (beamlet dropped the caller's frame: it tail-called its
# reduce helper, and a trace ending under that helper named the fns after the helper).
defmodule Main do
  def show(label, f) do
    try do
      f.()
    rescue
      e ->
        IO.puts("#{label}: #{inspect(e.__struct__)}")
        __STACKTRACE__ |> Enum.reject(&(elem(&1, 0) == Main)) |> Enum.each(&IO.inspect/1)
    end
  end

  def run do
    show("count atom", fn -> Enum.count(:x, fn _ -> true end) end)
    show("count list", fn -> Enum.count([1], fn _ -> raise "x" end) end)
    show("count map", fn -> Enum.count(%{a: 1}, fn _ -> raise "x" end) end)
    show("count range", fn -> Enum.count(1..2, fn _ -> raise "x" end) end)
    show("count MapSet", fn -> Enum.count(MapSet.new([1]), fn _ -> raise "x" end) end)
    show("frequencies atom", fn -> Enum.frequencies(:x) end)
    IO.inspect(Enum.frequencies(MapSet.new([1, 2])))
    IO.inspect(Enum.count(MapSet.new([1, 2, 3]), &(&1 > 1)))
  end
end

Main.run()
