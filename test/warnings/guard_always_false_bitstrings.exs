# Guards over literal bitstrings fold as the Erlang compiler folds them: a clause whose guard is
# always false warns (twice, as OTP 25 does); one always true, or depending on the input, does not.
defmodule M do
  def k(x) when is_bitstring(<<1::4>>) and x == 1, do: x
  def j(x) when bit_size(<<1::4>>) == 3, do: x
  def l(x) when <<1::4>> == <<1::4>>, do: x
  def m(x) when <<1, 2>> < <<1>>, do: x
  def n(x) when is_binary(<<x::4>>), do: x
  def o(x) when is_binary(<<"ab", 1>>), do: x
  def p(x) when <<"a", 1::float>> == 1, do: x
  def q(x) when is_binary(<<1::size(4)-unit(2)>>), do: x
  def r(x) when is_binary(<<1::utf8, "ab"::binary>>), do: x
  def s(x) when <<1::4>> > <<0::5>>, do: x
  def t(x) when <<1::4>> < <<0::5>>, do: x
  def u(x) when byte_size(<<1::9>>) == 1, do: x
  def v(x) when <<-1::16-little>> == <<255, 255>> and <<1::little-16>> != <<1, 0>>, do: x
  def w(x) when <<1.5::float-32>> == <<63, 192, 0, 0>> and is_binary(<<?é::utf16>>) == false, do: x
  def y(x) when is_binary(<< <<1::4>>::bits, 1::4 >>) == false, do: x
  def z(x) when <<"é"::utf8>> == "é" and <<"ab"::utf32-little>> == <<97, 0, 0, 0, 98, 0, 0, 0>> and 1 == 2, do: x
  def aa(x) when <<1::size(3)-unit(3)>> == <<0::7, 1::2>> and is_bitstring(<<>>) and not is_binary(<<>>), do: x
  def bb(x) when <<x::8>> == <<1>> or is_binary(<<1::7>>), do: x
  def cc(x) when <<1::3*3>> != <<1::size(3)-unit(3)>>, do: x
end

IO.inspect({M.k(1), M.l(2), M.n(3), M.o(4), M.q(5), M.r(6), M.s(7), M.bb(1)})
