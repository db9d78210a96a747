defmodule TypesOrUnionChecks do
  def j(x) when is_number(x) or is_boolean(x), do: <<x::binary>>
  def a(x) when is_integer(x) or is_number(x), do: <<x::binary>>
  def b(x) when is_atom(x) or is_boolean(x), do: <<x::binary>>
  def c(x) when is_boolean(x) or is_number(x), do: <<x::float>>
  def d(x) when is_number(x) or is_integer(x), do: <<x::binary>>
  def e(x) when is_binary(x) or is_number(x), do: <<x::utf8>>
  def f(x) when is_binary(x) or is_boolean(x), do: <<x::binary>>

  def g(x) when is_number(x) or is_boolean(x) do
    y = 1
    <<x::integer, y::binary>>
  end

  def h(x) when is_float(x) or is_atom(x), do: x <> ""
end
