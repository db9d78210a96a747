# A big integer becomes a float as the BEAM converts it: 64-bit digits from the most significant
# on, each step rounded (not always the nearest double). Found by fuzz-diff-terms seed 881202
# (503923299929377614184593594442461112755 / 3).
defmodule Conv do
  def id(x), do: x

  def all(x) do
    r = fn f ->
      try do
        f.()
      rescue
        e -> {:raised, e.__struct__}
      end
    end

    [
      r.(fn -> id(x) / 3 end),
      r.(fn -> :erlang.float(id(x)) end),
      r.(fn -> id(x) + 0.0 end),
      r.(fn -> id(x) * 1.5 end),
      r.(fn -> 0.5 - id(x) end),
      r.(fn -> id(x) ** 1.0 end),
      r.(fn -> :math.pow(id(x), -1) end),
      r.(fn -> :math.log2(id(x)) end),
      r.(fn -> <<id(x)::float>> end),
      r.(fn -> :erlang.float_to_binary(:erlang.float(id(x)), [:short]) end),
      r.(fn -> Float.round(id(x) / 7, 3) end)
    ]
  end
end

xs = [
  503923299929377614184593594442461112755,
  -503923299929377614184593594442461112755,
  124655225860184081125372492376690,
  0xFFFFFFFFFFFFFFFF_FFFFFFFFFFFFFFFF,
  0x1FFFFFFFFFFFFF_000000000000FFFF,
  0x10000000000000_8000000000000001,
  0x10000000000000_7FFFFFFFFFFFFFFF_FFFFFFFFFFFFFFFF,
  Bitwise.bsl(1, 1023) + Bitwise.bsl(1, 970) - 1,
  Bitwise.bsl(1, 1024) - 1,
  Bitwise.bsl(1, 1024) - Bitwise.bsl(1, 970),
  Bitwise.bsl(1, 1024) - Bitwise.bsl(1, 971)
]

for x <- xs, do: IO.inspect(Conv.all(x), limit: :infinity)

# a deterministic spread of products
for a <- [3, 7, 1_000_003, 987_654_321_987], b <- [17, 2 ** 61 + 1, 10 ** 25 + 7, 3 ** 70], c <- [1, 10 ** 20 + 3] do
  x = a * b * c * 123_456_789_012_345_678_901
  IO.puts("#{x} #{inspect(Conv.id(x) / 1)} #{inspect(Conv.id(-x) / 3)}")
end

# an integer past the largest double: badarith in :math, no_float in a float segment
x = Bitwise.bsl(1, 1024)
for f <- [:sqrt, :log, :sin, :exp, :floor, :ceil, :log2], do: IO.inspect(try do apply(:math, f, [x]) rescue e -> e catch k, v -> {k, v} end)
for f <- [:pow, :atan2, :fmod], do: IO.inspect(try do apply(:math, f, [x, 2]) rescue e -> e catch k, v -> {k, v} end)
IO.inspect(try do <<Conv.id(x)::float>> rescue e -> e end)
IO.inspect(try do <<Conv.id(x)::float-32>> rescue e -> e end)
IO.inspect(try do <<Conv.id(x)::float-little-16>> rescue e -> e end)
IO.inspect(<<Bitwise.bsl(1, 200)::float-32>>)
IO.inspect(try do <<Conv.id(x)::float-size(Conv.id(24))>> rescue e -> e end)
IO.inspect(try do <<Conv.id(1)::float-size(Conv.id(24))>> rescue e -> e end)

# pow with exponents -1, 2 and 0.5 rounds as one division, product or square root
for b <- [1.6615349947311447e35, 3.0, 0.1, 7.25e-100, 123456.789, 1.0e150] do
  IO.inspect({:math.pow(b, -1), :math.pow(b, 2), :math.pow(b, 0.5), b ** -1.0})
end
