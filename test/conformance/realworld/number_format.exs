defmodule Fmt do
  def money(cents) when is_integer(cents) do
    {int, frac} = {div(abs(cents), 100), rem(abs(cents), 100)}
    grouped =
      int
      |> Integer.digits()
      |> Enum.reverse()
      |> Enum.chunk_every(3)
      |> Enum.map(&Enum.reverse/1)
      |> Enum.reverse()
      |> Enum.map_join(",", &Enum.join/1)
    sign = if cents < 0, do: "-", else: ""
    "#{sign}$#{grouped}.#{frac |> Integer.to_string() |> String.pad_leading(2, "0")}"
  end

  def percent(x, digits \\ 1), do: :erlang.float_to_binary(x * 100, decimals: digits) <> "%"

  def human_bytes(n) when n < 1024, do: "#{n} B"
  def human_bytes(n) do
    {v, unit} =
      Enum.reduce_while(~w(KiB MiB GiB TiB), {n / 1024, "KiB"}, fn u, {v, _} ->
        if v < 1024, do: {:halt, {v, u}}, else: {:cont, {v / 1024, u}}
      end)
    "#{Float.round(v, 2)} #{unit}"
  end
end

for c <- [0, 5, 123_456_789, -99, 100_000_000_00] do
  IO.puts(Fmt.money(c))
end
for x <- [0.5, 0.12345, 1.0, 0.0001] do
  IO.puts(Fmt.percent(x))
  IO.puts(Fmt.percent(x, 3))
end
for n <- [10, 2048, 5_000_000, 3_000_000_000, Bitwise.bsl(1, 50)] do
  IO.puts(Fmt.human_bytes(n))
end
IO.inspect(Float.round(2.675, 2))
IO.inspect(Float.round(-1.5))
IO.inspect(Float.round(1.23456789e10, 3))
IO.inspect(Float.ceil(1.001, 2))
IO.inspect(Float.floor(-1.001, 1))
IO.inspect(Float.to_string(1.0e-10))
IO.inspect(Float.parse("3.14abc"))
IO.inspect(Float.parse(".5"))
IO.inspect(Float.parse("1e3"))
IO.inspect(Float.ratio(0.75))
IO.inspect(Float.to_charlist(7.0))
IO.inspect(Integer.parse("0x1F"))
IO.inspect(Integer.parse("1F", 16))
IO.inspect(Integer.parse("  12"))
IO.inspect(Integer.to_string(255, 2))
IO.inspect(Integer.to_string(-255, 36))
IO.inspect(Integer.digits(1234, 16))
IO.inspect(Integer.undigits([1, 2, 3], 8))
IO.inspect(Integer.pow(3, 40))
IO.inspect(Integer.gcd(84, -36))
IO.inspect(Integer.floor_div(-7, 2))
IO.inspect(Integer.mod(-7, 3))
IO.inspect(Integer.extended_gcd(240, 46))
IO.inspect(:erlang.float_to_binary(3.14159, [{:decimals, 2}, :compact]))
IO.inspect(:erlang.float_to_binary(3.10, [{:decimals, 4}, :compact]))
IO.inspect(:erlang.float_to_binary(1234.5, scientific: 3))
IO.inspect(:erlang.float_to_binary(0.1))
IO.inspect(:erlang.float_to_list(0.1, decimals: 1))
IO.inspect(:erlang.integer_to_binary(4095, 16))
IO.inspect(:io_lib.format("~8.3f|~-8.2f|~e|~g", [3.14159, 2.5, 12345.678, 0.000123]) |> IO.iodata_to_binary())
IO.inspect(:io_lib.format("~10s|~-10s|~.3s", ["abc", "de", "fghij"]) |> IO.iodata_to_binary())
IO.inspect(:io_lib.format("~5..0B|~.16B|~.2b|~c~c", [42, 255, 5, ?h, ?i]) |> IO.iodata_to_binary())
IO.inspect(:io_lib.format("~p ~w ~tp", [[1, 2], {:a, "b"}, "é"]) |> IO.iodata_to_binary())
IO.inspect(round(2.5))
IO.inspect(trunc(-2.7))
IO.inspect(div(-7, 2))
IO.inspect(rem(-7, 2))
IO.inspect(1 / 3)
IO.inspect(2 ** 10)
IO.inspect(2.0 ** -1)
IO.inspect(10 ** 20)
IO.inspect(abs(-0.0))
IO.inspect(max(1, 1.0))
IO.inspect(Enum.sum([0.1, 0.2]))
IO.inspect(Enum.product([1, 2, 3, 4.0]))
IO.inspect(:math.sqrt(2))
IO.inspect(:math.log10(1000))
IO.inspect(:math.pi() |> Float.round(5))
IO.inspect(1.0e100)
IO.inspect(123456789.0)
IO.inspect(1.0e21)
IO.inspect(0.000001)
