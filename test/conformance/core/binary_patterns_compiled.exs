# Binary patterns of many shapes, each function called often enough to run compiled (the JIT
# reads bytes in place and skips unused tails): what binds, what fails, and the bindings a
# failing clause leaves out of the next one, as the interpreter and the BEAM do
defmodule Bp do
  def lex(<<>>, acc), do: Enum.reverse(acc)
  def lex(<<c, r::binary>>, acc) when c in ~c" \t", do: lex(r, acc)
  def lex(<<"==", r::binary>>, acc), do: lex(r, [:eqeq | acc])
  def lex(<<"->", r::binary>>, acc), do: lex(r, [:arrow | acc])
  def lex(<<c, _::binary>> = b, acc) when c in ?0..?9 do
    {n, r} = Integer.parse(b)
    lex(r, [n | acc])
  end
  def lex(<<c::utf8, r::binary>>, acc), do: lex(r, [<<c::utf8>> | acc])
  def lex(<<c::3, r::bitstring>>, acc), do: lex(<<>>, [{:bits, c, r} | acc])

  def take(b, n) do
    case b do
      <<h::binary-size(n), _::binary>> -> {:ok, h}
      <<h::binary-size(2), t::binary>> -> {:two, h, t}
      _ -> :short
    end
  end

  def ints(<<a::16, b::little-16, c::signed-8, d::size(4)-unit(8), e::float-32, rest::binary>>), do: {a, b, c, d, Float.round(e, 2), rest}
  def ints(<<a::signed-little-32>>), do: {:one, a}
  def ints(<<a::4, b::4, c::bitstring>>), do: {:nibbles, a, b, c}
  def ints(_), do: :none

  def sized(<<n, body::binary-size(n), rest::binary>>), do: {body, rest}
  def sized(<<n, _::binary>>), do: {:short, n}
  def sized(<<>>), do: :empty

  def bits(<<x::1, y::7, z::bitstring>>), do: {x, y, z}
  def bits(b), do: {:other, b}

  def same(<<a, a, rest::binary>>), do: {:pair, a, rest}
  def same(<<a, b, _::binary>>), do: {:diff, a, b}
  def same(_), do: :short

  def prefix("GET " <> path), do: {:get, path}
  def prefix("POST " <> <<path::binary-size(3), _::binary>>), do: {:post, path}
  def prefix(<<"X", n, _::bitstring>>), do: {:x, n}
  def prefix(other), do: {:other, other}

  def var(b, n) do
    case b do
      <<x::size(n), y::bitstring>> -> {x, y}
      <<x::little-size(n)-unit(8), _::binary>> -> {:le, x}
      _ -> :none
    end
  end

  def utf(<<c::utf8, r::binary>>), do: {c, byte_size(r)}
  def utf(<<c::utf16, _::binary>>), do: {:u16, c}
  def utf(b), do: {:bad, b}
end

for _ <- 1..60 do
  Bp.lex("a == 12->x", [])
  Bp.take("abcdef", 3)
  Bp.ints(<<1, 2, 3, 4, 5, 0, 0, 0, 1, 64, 0, 0, 0, 9>>)
  Bp.sized(<<3, "abcde">>)
  Bp.bits(<<255, 1>>)
  Bp.same("aab")
  Bp.prefix("GET /x")
  Bp.utf("é!")
  Bp.var(<<255, 15>>, 4)
end

IO.inspect(Bp.lex("a == 12->x 7 é\t9", []))
IO.inspect(Bp.lex(<<"1 ", 255>>, []))
IO.inspect(Enum.map([0, 2, 3, 6, 7, -1], &Bp.take("abcdef", &1)))
IO.inspect(Bp.take("a", 3))
IO.inspect(Bp.ints(<<1, 2, 3, 4, 255, 0, 0, 0, 1, 64, 72, 245, 195, 9, 8>>))
IO.inspect(Bp.ints(<<1, 0, 0, 128>>))
IO.inspect(Bp.ints(<<0xAB, 1::3>>))
IO.inspect(Bp.ints(<<0xAB>>))
IO.inspect(Bp.ints(<<>>))
IO.inspect(Enum.map([<<3, "abcde">>, <<3, "ab">>, <<0>>, <<>>, <<5, "abcde">>], &Bp.sized/1))
IO.inspect(Enum.map([<<255, 1>>, <<1>>, <<>>, <<1::1>>, <<3::9>>], &Bp.bits/1))
IO.inspect(Enum.map(["aab", "abb", "a", "", <<7, 7>>], &Bp.same/1))
IO.inspect(Enum.map(["GET /x", "GET ", "POST /abcd", "POST /a", "X", "Xy", <<"X", 1, 1::1>>, "GE"], &Bp.prefix/1))
IO.inspect(Enum.map(["é!", <<0xD8, 0x3D, 0xDE, 0x00>>, <<255>>, ""], &Bp.utf/1))
IO.inspect(Enum.map([{<<255, 15>>, 4}, {<<255, 15>>, 16}, {<<1, 2>>, 17}, {<<1, 2, 3>>, 24}, {"", 0}], fn {b, n} -> Bp.var(b, n) end))
