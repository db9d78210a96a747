# Elixir 1.14's type checker on expr.field (a map with the field), expr.fun() (an atom), map and
# struct updates (the map unified with one having the keys, their values replaced) in bodies.
defmodule DotUser do
  defstruct [:name, age: 0]
end
defmodule DotUpdate do
  def a_1(x) when is_integer(x), do: x.foo
  def b_1(%{a: 1} = m), do: m.b
  def c_1(x) do
    {:ok} = x
    x.foo
  end
  def d_1(%DotUser{} = u), do: u.nme
  def e_1(_x) do
    y = %{a: 1}
    y.b
  end
  def f_1(x) do
    y = %{x | a: 1}
    {:a} = y
  end
  def g_1(x) do
    y = %DotUser{x | name: 1}
    y.nme
  end
  def h_1(x) do
    x.foo()
    {:a} = x
  end
  def i_1(x) do
    y = x.foo
    {:a} = y
    [_] = y
  end
  def j_1(%DotUser{} = u) do
    u.name
    {:a} = u.age
  end
  def k_1(x) do
    _ = x.a
    {:b} = x
  end
  def m_1(u) do
    y = %{u | a: 1}
    y.b
  end

  def a1_2(m) do
    m2 = %{m | a: 1}
    m2.a
  end
  def a2_2(m) do
    m2 = %{m | a: 1}
    m2.b
  end
  def a3_2(%{a: 1} = m), do: %{m | b: 2}
  def a4_2(m) when is_map(m), do: %{m | a: 1}.a
  def a5_2(m), do: %DotUser{m | name: 1}.age
  def a6_2(x), do: x.a.b.c
  def a7_2(x) do
    {:ok, v} = x.a
    v
  end
  def a8_2(_x) do
    y = %{a: 1, b: 2}
    %{y | c: 3}
  end
  def a9_2(x) do
    x = x.foo()
    x
  end
  def b1_2(x), do: is_atom(x) and x.foo()
  def b2_2(x) do
    x.foo()
    x.bar
  end
  def b3_2(x) do
    x.bar
    x.foo()
  end
  def b4_2(%{} = x), do: x.foo()
  def b5_2(x) do
    f = x.fun
    f.()
  end
  def b6_2(x) do
    x.a + 1
    x.a.b
  end
  def b7_2(s), do: %{s | a: s.a + 1}
  def b8_2(s) do
    s = %{s | count: s.count + 1}
    s.count
  end
  def b9_2(state), do: %{state | items: [1 | state.items]}
  def c1_2(x), do: Map.get(x, :a).b
  def c2_2(t) do
    {a, b} = t
    a.foo
    b.foo()
  end
  def c3_2(u) do
    %DotUser{} = u
    %DotUser{u | age: 2}
    u.nme
  end
  def c4_2(u), do: %DotUser{u | age: 2}.nme
  def c5_2(), do: %{a: 1}.b
  def c6_2(x), do: (x.a).b
  def c7_2(x) do
    m = %{x | a: 1}
    m.__struct__
  end
  def c8_2(x) when is_struct(x), do: x.a
  def c9_2(conn), do: conn.assigns.user.name
  def d1_2(x) do
    y = %{x | a: 1}
    {:ok, _} = y.a
    [_] = y.a
  end
  def d2_2(x) do
    %{a: a} = %{x | a: 1}
    {:ok} = a
  end
  def d3_2(x) do
    y = %DotUser{name: "a"}
    y.age.foo
    y.nme
  end
  def d4_2(x) do
    y = %{"a" => 1}
    %{y | "b" => 2}
  end
  def d5_2(x) do
    %{x | a: 1, a: 2}
  end
  def d6_2(x) do
    x.foo(1)
    {:a} = x
  end
end
