# Maps and structs built in a body (a struct filled in with its defaults, as the expander writes
# it), binaries, pins and rebinding, as Elixir 1.14's type checker types them
defmodule S do
  defstruct [:a, :d, :c, b: 2]
end

defmodule T do
  def map_literal(x) do
    m = %{a: x, b: "x"}
    {:ok, _} = m
  end

  def struct_filled(x) do
    s = %S{c: x, a: 3}
    [_] = s
  end

  def map_variable_key(x, y) do
    m = %{x => y}
    {_} = m
  end

  def map_two_keys(x) do
    m = %{:a => x, "b" => 2.0}
    nil = m
  end

  def float_segment(x) do
    y = <<x::float>>
    :f = y
  end

  def utf8_pattern(x) do
    <<a::utf8, rest::binary>> = x
    {a, rest} = {rest, a}
  end

  def struct_head(%S{} = s) do
    z = s
    [] = z
  end

  def guarded(x) when is_integer(x) do
    "a" = x
  end

  def rebinding(x) do
    x = x + 1
    y = x
    {_} = y
    "b" = y
  end

  def pins(a, b) when is_integer(a) and is_float(b) do
    {^a, ^b} = {b, a}
  end

  def in_arguments(x) when is_atom(x) do
    send(self(), {x = [x], x})
    {_} = x
  end

  def cons(list) do
    [h | t] = list
    {h, t} = list
  end
end
