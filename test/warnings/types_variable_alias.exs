defmodule S do
  defstruct [:a]
end

defmodule TypesVariableAlias do
  def h2(x) when is_integer(x) do
    y = x
    <<y::binary>>
  end

  def chain(x) when is_integer(x) do
    y = x
    z = y
    <<z::binary>>
  end

  def union(x) when is_integer(x) or is_float(x) do
    y = x
    y <> "a"
  end

  def fits(x, w) when is_integer(x) and is_atom(w) do
    y = x
    IO.puts(w)
    <<y::float>>
  end

  def literal(x) do
    x = 1
    y = x
    <<y::binary>>
  end

  def bare(x) when is_integer(x) do
    y = x
    <<y>>
    <<y::binary>>
  end

  def renamed(z) when is_integer(z) do
    a = z
    <<a::binary>>
  end

  def struct(%S{} = x) do
    y = x
    y.nope
  end

  def field(x) when is_atom(x) do
    y = x
    y.foo
  end
end
