defmodule Gen do
  def counter(start) do
    fn
      :next -> counter(start + 1)
      :value -> start
    end
  end

  def memoize(f) do
    fn x, cache ->
      case Map.fetch(cache, x) do
        {:ok, v} -> {v, cache}
        :error -> v = f.(x); {v, Map.put(cache, x, v)}
      end
    end
  end
end

c = Gen.counter(0)
c = c.(:next).(:next).(:next)
IO.inspect(c.(:value))
sq = Gen.memoize(fn x -> x * x end)
{v1, cache} = sq.(4, %{})
{v2, cache} = sq.(4, cache)
{v3, cache} = sq.(5, cache)
IO.inspect({v1, v2, v3, map_size(cache)})
acc = Enum.map(1..3, fn i -> fn j -> i * 10 + j end end)
IO.inspect(for f <- acc, j <- [1, 2], do: f.(j))
curry = fn a -> fn b -> fn c -> a + b + c end end end
IO.inspect(curry.(1).(2).(3))
pipeline = [&String.trim/1, &String.upcase/1, &(&1 <> "!")]
IO.inspect(Enum.reduce(pipeline, "  hey ", fn f, acc -> f.(acc) end))
x = 10
shadow = fn x -> x * 2 end
IO.inspect({shadow.(3), x})
counter = Enum.reduce(1..5, fn -> 0 end, fn i, f -> fn -> f.() + i end end)
IO.inspect(counter.())
