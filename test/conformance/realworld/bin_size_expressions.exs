defmodule M do
  def f(<<n, body::binary-size(n * 2), rest::binary>>), do: {body, rest}
  def f(_), do: :nomatch
  def g(<<len::16, payload::binary-size(len - 2), crc::16>>), do: {payload, crc}
  def h(size, bin) do
    case bin do
      <<x::size(size * 4 - 1), _::bitstring>> -> x
      _ -> :short
    end
  end
  def d(<<a, b::size(div(a, 2))-unit(8), c::binary-size(rem(a, 3))>>), do: {a, b, c}
end
IO.inspect M.f(<<2, "abcdef">>)
IO.inspect M.f(<<9, "abc">>)
IO.inspect M.g(<<0, 5, "abc", 1, 2>>)
IO.inspect M.h(2, <<255, 255>>)
IO.inspect M.h(9, <<255, 255>>)
IO.inspect M.d(<<4, 0, 7, "x">>)
x = 3
<<y::size(x + 1), _::bitstring>> = <<0xF0>>
IO.inspect y
