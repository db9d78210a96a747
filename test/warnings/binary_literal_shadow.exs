# A binary pattern of literal bytes and a tail is the same pattern however its bytes are
# written ("a", "a"::utf8, ?a, 97::8; "ab" or "a", "b"; bytes bound to any variable): a clause
# after one that always matches it cannot match
defmodule W1 do
  def f(<<"a", rest::binary>>), do: rest
  def f(<<"a"::utf8, _::binary>>), do: :never
  def f(_), do: :other
end
defmodule W2 do
  def f(<<"ab", rest::binary>>), do: rest
  def f(<<"a", "b", r::binary>>), do: r
  def f(_), do: :other
end
defmodule W3 do
  def f(<<?a, rest::binary>>), do: rest
  def f(<<97::8, r::binary>>), do: r
  def f(_), do: :other
end
defmodule W4 do
  def f(<<"é", rest::binary>>), do: rest
  def f(<<"é"::utf8, r::binary>>), do: r
  def f(<<233::utf8, r::binary>>), do: r
  def f(_), do: :other
end
defmodule W5 do
  def f(<<"a", rest::binary>>), do: rest
  def f(<<"a", rest::bits>>), do: rest
  def f(<<"a", rest::bytes>>), do: rest
  def f(_), do: :other
end
defmodule W6 do
  def f(<<x, rest::binary>>), do: {x, rest}
  def f(<<y::8, r::binary>>), do: {y, r}
  def f(_), do: :other
end
defmodule W7 do
  def f(<<"a"::utf16, rest::binary>>), do: rest
  def f(<<0, 97, r::binary>>), do: r
  def f(_), do: :other
end
defmodule W8 do
  def f(<<"abc">>), do: 1
  def f(<<"ab", "c">>), do: 2
  def f(<<"ab"::binary, "c"::binary>>), do: 3
  def f(_), do: :other
end
defmodule W9 do
  def f(s) do
    case s do
      <<"ok", _::binary>> -> 1
      <<?o, ?k, rest::binary>> -> rest
      <<"o"::utf8, "k", _::bits>> -> 3
      <<"ok"::binary, r::binary>> -> r
      _ -> 0
    end
  end

  def g(<<x, y, _::binary>>), do: {x, y}
  def g(<<a::8, b, _::binary>>), do: {a, b}
  def g(<<"x">>), do: 1
  def g(<<?x>>), do: 2
  def g(<<c, c, _::binary>>), do: c
  def g(_), do: 0
end
IO.inspect({W1.f("ab"), W9.f("okay"), W9.g("xy")})
