# Elixir expands the arguments of a call, and the elements of a tuple, list, map or binary, each
# from the variables as they were before them: a variable one of them binds is seen only after
# them (the last one's binding wins). The right side of and/or/&&/|| sees what the left bound;
# a generator's enumerable and a with clause's right side bind for nothing after them.
defmodule Probe do
  def pair(a, b), do: {a, b}

  def run do
    x = 1
    IO.inspect({:tuple, {x = x + 10, x}, x})
    x = 1
    IO.inspect({:list, [x = 5, x], x})
    x = 1
    IO.inspect({:cons, [(x = 2) | x], x})
    x = 1
    IO.inspect({:keyword, [a: (x = 2), b: x]})
    x = 1
    IO.inspect({:map, %{a: (x = 2), b: x}})
    m = %{a: 1, b: 2}
    IO.inspect({:map_update, %{m | a: (m = %{a: 5, b: 6}).b, b: m.b}})
    x = 1
    IO.inspect({:binary, <<(x = 2), x>>})
    x = 1
    IO.inspect({:interpolation, "#{x = 2}-#{x}"})
    x = 1
    IO.inspect({:local, pair(x = 2, x)})
    x = 1
    IO.inspect({:remote, Probe.pair(x = 2, x)})
    x = 1
    IO.inspect({:erlang, :erlang.+(x = 2, x)})
    x = 1
    IO.inspect({:anonymous, (fn a, b -> {a, b} end).(x = 2, x)})
    x = 1
    IO.inspect({:operator, (x = 5) - x})
    x = [1]
    IO.inspect({:concat, (x = [2]) ++ x})
    x = "a"
    IO.inspect({:string_concat, (x = "b") <> x})
    x = 1
    IO.inspect({:range, (x = 3)..x})
    x = 1
    IO.inspect({:pipe, (x = 2) |> pair(x)})
    x = 1
    IO.inspect({:in, (x = 2) in [x]})
    x = 1
    IO.inspect({:fn_sees_before, [x = 7, (fn -> x end).()]})
    x = 1
    IO.inspect({:later_wins, {x = 2, x = 3, x}, x})
    x = 1
    IO.inspect({:elem, elem({:a, :b, :c}, x = 2), x})
    x = 1
    IO.inspect({:map_put, Map.put(%{}, x = :k, x)})
    d = false
    IO.inspect({:and, (d = true) and d})
    e = true
    IO.inspect({:or, (e = false) or e})
    g = 1
    IO.inspect({:amp, (g = 2) && g})
    h = nil
    IO.inspect({:bar, (h = false) || h})
    y = 0
    IO.inspect({:for, for(a <- (y = [1, 2]), b <- [y], do: {a, b})})
    IO.inspect({:for_single, for(a <- [y = 5], do: {a, y})})
    IO.inspect({:with, with({:ok, a} <- (y = {:ok, 1}), do: {a, y})})
    IO.inspect({:after, y})
  end
end

Probe.run()
