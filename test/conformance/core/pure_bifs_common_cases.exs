# The pure BIFs compiled code computes in place (rem, div, bitwise, elem, sizes, hd/tl, map_get,
# type tests, `and` in guards) on their common cases and on the edges where they fall back to the
# BIF: negative operands, zero results (never -0: float/1 shows it), 32-bit and 53-bit limits,
# bignums, floats, wrong types and the exceptions they raise, in bodies and in guards.
defmodule PureBifs do
  import Bitwise

  def show(name, f) do
    r =
      try do
        {:ok, f.()}
      rescue
        e -> {:error, e.__struct__}
      end

    IO.puts("#{name}: #{inspect(r)}")
  end

  def rem_div(a, b), do: {rem(a, b), div(a, b)}
  def floats(a, b), do: {:erlang.float(rem(a, b)), :erlang.float(div(a, b))}
  def bits(a, b), do: {band(a, b), bor(a, b), bxor(a, b), a >>> b}
  def el(i, t), do: :erlang.element(i, t)
  def sizes(t), do: {tuple_size(t)}
  def msize(m), do: map_size(m)
  def bsize(b), do: byte_size(b)
  def heads(l), do: {hd(l), tl(l)}
  def mget(k, m), do: {:erlang.map_get(k, m), :erlang.is_map_key(k, m)}
  def negate(x), do: not x
  def absolute(x), do: abs(x)

  def types(x) do
    [is_atom(x), is_binary(x), is_bitstring(x), is_boolean(x), is_float(x), is_integer(x),
     is_number(x), is_list(x), is_tuple(x), is_map(x), is_function(x), is_function(x, 1), is_function(x, 2)]
  end

  def guard(x) when is_integer(x) and rem(x, 3) == 1, do: :rem_one
  def guard(x) when is_integer(x) and band(x, 1) == 0, do: :even
  def guard(x) when is_function(x, 1), do: :fun1
  def guard(x) when is_tuple(x) and tuple_size(x) == 2 and elem(x, 1) == :b, do: :pair_b
  def guard(x) when is_map(x) and is_map_key(x, :k) and :erlang.map_get(:k, x) == 1, do: :k_one
  def guard(x) when is_map(x) and map_size(x) == 0, do: :empty_map
  def guard(x) when is_binary(x) and byte_size(x) == 3, do: :three_bytes
  def guard(x) when is_list(x) and hd(x) == 1 and tl(x) == [], do: :one
  def guard(x) when not is_atom(x) and div(x, 2) == -2, do: :div_minus_two
  def guard(x) when elem(x, 0) == :t, do: :tagged
  def guard(x) when x or x, do: :boolean_or
  def guard(_), do: :other

  def arity_guard(f, n) when is_function(f, n), do: :yes
  def arity_guard(_, _), do: :no
end

ints = [0, 1, -1, 7, -7, 4, -4, 2_147_483_647, -2_147_483_648, 2_147_483_648, 9_007_199_254_740_991,
        -9_007_199_254_740_991, 9_007_199_254_740_992, 1_180_591_620_717_411_303_424]
divisors = [1, -1, 2, -2, 3, 7, -7, 0, 2_147_483_647, 9_007_199_254_740_991, 1_180_591_620_717_411_303_424, 2.0, :a]

for a <- ints, b <- divisors do
  PureBifs.show("rem_div #{a} #{inspect(b)}", fn -> PureBifs.rem_div(a, b) end)
end

for {a, b} <- [{-4, 2}, {-1, 2}, {4, -2}, {1, -2}, {-6, 3}, {0, -5}] do
  PureBifs.show("floats #{a} #{b}", fn -> PureBifs.floats(a, b) end)
end

for a <- [0, 5, -5, 255, -1, 2_147_483_647, -2_147_483_648, 2_147_483_648, 1.0, :x],
    b <- [0, 1, 3, 31, 32, 40, -1, 2_147_483_648] do
  PureBifs.show("bits #{inspect(a)} #{b}", fn -> PureBifs.bits(a, b) end)
end

for i <- [0, 1, 2, 3, -1, 1.0, :a], t <- [{:a, :b}, {}, [1, 2], %{}] do
  PureBifs.show("element #{inspect(i)} #{inspect(t)}", fn -> PureBifs.el(i, t) end)
end

for t <- [{}, {1}, {1, 2, 3}, [1], %{a: 1}, <<1, 2>>, <<1::3>>, "héllo", 5, nil] do
  PureBifs.show("sizes #{inspect(t)}", fn -> PureBifs.sizes(t) end)
  PureBifs.show("map_size #{inspect(t)}", fn -> PureBifs.msize(t) end)
  PureBifs.show("byte_size #{inspect(t)}", fn -> PureBifs.bsize(t) end)
  PureBifs.show("hd/tl #{inspect(t)}", fn -> PureBifs.heads(t) end)
end

for l <- [[1], [1, 2], [[]], [1 | 2], []] do
  PureBifs.show("hd/tl #{inspect(l)}", fn -> PureBifs.heads(l) end)
end

big = Map.new(1..40, &{&1, &1 * 2})

for k <- [:k, 1, 40, 41, 1.0], m <- [%{k: 1}, %{1 => :one}, big, [k: 1]] do
  PureBifs.show("map_get #{inspect(k)} #{map_size(if is_map(m), do: m, else: %{})}", fn -> PureBifs.mget(k, m) end)
end

for x <- [true, false, nil, 1, 5, -5, 0, -0.0, 2.5, 9_007_199_254_740_993] do
  PureBifs.show("not #{inspect(x)}", fn -> PureBifs.negate(x) end)
  PureBifs.show("abs #{inspect(x)}", fn -> PureBifs.absolute(x) end)
end

values = [:a, true, nil, "bin", <<1::3>>, 1.5, 3, -3, 2_147_483_648, [], [1], {}, {:a, :b}, %{},
          %{k: 1}, fn x -> x end, fn x, y -> {x, y} end, &Enum.map/2, &is_atom/1, self()]

for x <- values do
  IO.puts("types #{inspect(PureBifs.types(x))}")
end

for {x, i} <- Enum.with_index(values ++ [4, -4, -3, 10, {:t, 1}, {:t}, "abc", [1 | []], %{k: 2}]) do
  IO.puts("guard #{i}: #{PureBifs.guard(x)}")
end

for n <- [0, 1, 2, -1, 1.0, :a] do
  IO.puts("arity_guard #{inspect(n)}: #{PureBifs.arity_guard(fn y -> y end, n)}")
  PureBifs.show("is_function/2 #{inspect(n)}", fn -> is_function(&Enum.map/2, n) end)
end
