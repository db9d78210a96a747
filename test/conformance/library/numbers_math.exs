# Integer, Float and :math as calculators, converters and checksum code use them.
IO.inspect(Integer.digits(1_234_567))
IO.inspect(Integer.digits(255, 16))
IO.inspect(Integer.undigits([1, 0, 1, 1], 2))
IO.inspect(Integer.to_string(255, 2))
IO.inspect(Integer.to_string(-48_879, 16))
IO.inspect(Integer.parse("0x1F"))
IO.inspect(Integer.parse("1F", 16))
IO.inspect(Integer.parse("  42"))
IO.inspect(Integer.parse("42abc"))
IO.inspect({Integer.floor_div(-7, 2), Integer.mod(-7, 2), rem(-7, 2), div(-7, 2)})
IO.inspect({Integer.gcd(84, 36), Integer.extended_gcd(240, 46), Integer.pow(3, 20)})
require Integer
IO.inspect({Integer.is_odd(3), Integer.is_even(-4)})

luhn = fn digits ->
  digits
  |> Integer.digits()
  |> Enum.reverse()
  |> Enum.with_index()
  |> Enum.map(fn {d, i} -> if rem(i, 2) == 1, do: (if d * 2 > 9, do: d * 2 - 9, else: d * 2), else: d end)
  |> Enum.sum()
  |> rem(10) == 0
end
IO.inspect(Enum.map([4_539_578_763_621_486, 4_539_578_763_621_487, 79_927_398_713], luhn))

IO.inspect(Float.round(2.675, 2))
IO.inspect(Float.round(-1.5))
IO.inspect({Float.ceil(1.0001, 2), Float.floor(-1.0001, 2)})
IO.inspect(Float.parse("3.14abc"))
IO.inspect(Float.parse("1e3"))
IO.inspect(Float.parse(".5"))
IO.inspect(Float.ratio(0.75))
IO.inspect(Float.to_string(1.0e-10))
IO.inspect(Float.to_charlist(123.456))
IO.inspect({1 / 3, 2 / 3, 10 / 4, 1.0e16, 1.0e15, 123_456_789.0, 0.1 + 0.2})
IO.inspect({:math.sqrt(2), :math.pow(2, 0.5), :math.log(:math.exp(1)), :math.log2(1024), :math.log10(0.001)})
IO.inspect({:math.sin(:math.pi() / 6), :math.atan2(1, 1), :math.floor(-2.5), :math.ceil(2.1), :math.fmod(7.5, 2)})
IO.inspect({round(2.5), round(-2.5), trunc(-2.7), ceil(2.1), floor(-2.1)})
IO.inspect({abs(-3), abs(-3.5), max(1, 1.0), min(1, 1.0), 1 == 1.0, 1 === 1.0})
IO.inspect({7 |> Kernel./(2), 2 ** 10, 2 ** -1, 2.0 ** 3})

celsius = [-40, 0, 36.6, 100]
IO.inspect(Enum.map(celsius, &Float.round(&1 * 9 / 5 + 32, 1)))

mean = fn xs -> Enum.sum(xs) / length(xs) end
stddev = fn xs -> m = mean.(xs); :math.sqrt(Enum.sum(Enum.map(xs, &((&1 - m) ** 2))) / length(xs)) end
data = [2, 4, 4, 4, 5, 5, 7, 9]
IO.inspect({mean.(data), stddev.(data)})
IO.inspect(:erlang.float_to_binary(:math.pi(), decimals: 10))
IO.inspect(:erlang.float_to_binary(1234.5, [:compact, decimals: 4]))
IO.inspect(:erlang.float_to_binary(0.1, scientific: 3))
IO.inspect(Integer.to_string(123_456_789) |> String.reverse() |> String.graphemes() |> Enum.chunk_every(3) |> Enum.join(",") |> String.reverse())
IO.inspect(for n <- 1..30, Enum.all?(2..max(2, trunc(:math.sqrt(n))), &(n == 2 or rem(n, &1) != 0)), n > 1, do: n)
