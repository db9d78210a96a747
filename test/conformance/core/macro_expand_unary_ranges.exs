# Macro.expand of Kernel's unary - or + of an integer is the integer (-(-2) too), not of a float;
# a range of integers (bounds expanded first: 5..-2) is the %Range{} map, with its step; any
# other range is a Range.new call
quoted = [quote(do: -2), quote(do: +2), quote(do: -2.5), quote(do: -(1 + 1)), quote(do: Kernel.-(2)),
  quote(do: -(-2)), quote(do: -(+2)), {:-, [], [2]}, {:-, [], [:a]}, quote(do: 5..-2), quote(do: 1..2//-1),
  quote(do: -1..-2//-1), quote(do: 1..x), quote(do: a..b//c)]

for q <- quoted do
  once = Macro.expand_once(q, __ENV__)
  full = Macro.expand(q, __ENV__)
  IO.puts("#{Macro.to_string(q)}: #{inspect(once == full)} #{Macro.to_string(full)}")
  if is_integer(full) or match?({:%{}, _, _}, full), do: IO.inspect(full)
end

IO.inspect(quote(do: Elixir.Range.new(1)))
IO.inspect(quote(do: __MODULE__.Foo))
IO.inspect(quote(do: Range.new(1)))
