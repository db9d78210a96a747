# Elixir 1.14's type checker: `var.field` on a variable known to be a map without that field, or
# known to be no map at all (a literal's type), and type guards that exclude each other
defmodule TypesPoint do
  defstruct [:x, y: 0]
end

defmodule TypesUse do
  alias TypesPoint, as: P

  def head_struct(%TypesPoint{} = p), do: p.z
  def head_struct_fields(%P{x: x} = p), do: {x, p.w}
  def head_struct_right(p = %TypesPoint{}), do: p.q + 1

  def literal_map(c) do
    m = %{a: 1, b: "two"}
    if c, do: m.c, else: m.a
  end

  def string_keys do
    m = %{"a" => 1}
    m.a
  end

  def struct_value do
    p = %TypesPoint{x: 1}
    p.zz
  end

  def in_fn do
    m = %{k: :v}
    fn -> m.other end
  end

  def first_conflict_only do
    m = %{a: 1}
    String.nope(m.b)
    m.c
    Enum.nope()
  end

  def rebound(m) do
    m = %{a: m}
    m.b
  end

  def refined(u) do
    %URI{} = u
    u.nope
  end

  def not_a_map(x) do
    x = 1
    x.foo
  end

  def others do
    b = "bin"
    f = 1.5
    a = :atom
    l = [1, 2]
    t = {1, :a}
    {b.x, f.x, a.x, l.x, t.x}
  end

  def o1, do: (b = "bin"; b.x)
  def o2, do: (f = 1.5; f.x)
  def o3, do: (a = :atom; a.x)
  def o4, do: (l = [1, 2]; l.x)
  def o5, do: (t = {1, :a}; t.x)
  def o6, do: (n = nil; n.x)

  def g1(x) when is_integer(x) and is_atom(x), do: x
  def g2(x, y) when is_binary(x) and y > 1 and is_map(x), do: Foo.bar()
  def g3(x) when is_list(x) and is_tuple(x), do: x
  def g4(x) when is_float(x) and is_integer(x), do: x
  def g5(x) when is_pid(x) and is_atom(x), do: x
  defp g6(x) when is_map(x) and is_binary(x), do: x
  def g7, do: g6(1)

  def call_parens do
    m = %{a: 1}
    m.a()
  end

  def struct_call(%P{} = p), do: p.x()

  def after_all, do: String.nope()
end
