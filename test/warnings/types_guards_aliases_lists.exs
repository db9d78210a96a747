# Elixir 1.14's type checker: types learned from guards (`when is_integer(x)` then `x.foo`),
# from aliases and from list literals (a union of the element types), `var.fun()` on a variable
# that is no atom, and a field read once before the one that is missing
defmodule TypesLearned do
  alias Foo.Bar

  def second_access do
    m = %{a: 1}
    _ = m.a
    m.b
  end
  def struct_second_access(%URI{} = u) do
    IO.inspect(u.host)
    u.nope
  end
  def same_bad_field_twice do
    m = %{a: 1}
    {m.b, m.b}
  end
  def after_use do
    m = %{a: 1}
    IO.inspect(m)
    m.b
  end
  def g_int(x) when is_integer(x), do: x.foo
  def g_and(x) when is_integer(x) and x > 0, do: x.foo
  def g_bin(x, y) when is_binary(x) and is_integer(y), do: {x.a, y.b}
  def g_atom(x) when is_atom(x), do: x.foo
  def g_atom_call(x) when is_atom(x), do: x.foo()
  def g_int_call(x) when is_integer(x), do: x.foo()
  def g_number(x) when is_number(x), do: x.foo
  def g_float(x) when is_float(x), do: x.foo
  def g_boolean(x) when is_boolean(x), do: x.foo
  def g_function(x) when is_function(x), do: x.foo
  def g_pid(x) when is_pid(x), do: x.foo
  def g_bitstring(x) when is_bitstring(x), do: x.foo
  def g_list(x) when is_list(x) and length(x) > 1, do: x.foo
  def g_tuple(x) when is_tuple(x), do: x.foo
  def g_map(x) when is_map(x), do: x.foo
  def g_not_map(x) when not is_map(x), do: x.foo
  def g_nil(x) when is_nil(x), do: x.foo
  def g_eq(x) when x == 1, do: x.foo
  def g_struct(x) when is_struct(x), do: x.foo
  def g_key(x) when is_map_key(x, :a), do: x.foo
  def alias_value, do: (a = Bar; a.x)
  def alias_module, do: (a = String; a.foo)
  def alias_call, do: (a = String; a.x())
  def atom_call, do: (a = :foo; a.x())
  def l1, do: (l = [:a, 1]; l.x)
  def l2, do: (l = [1, :a, 2, "s"]; l.x)
  def l3, do: (l = [1.5, 1]; l.x)
  def l4, do: (l = [{1}, [2]]; l.x)
  def t1, do: (t = {1, 2}; t.x)
  def f1, do: (t = {1, "a"}; t.x())
  def f2, do: (b = "a"; b.x())
  def f3, do: (f = 1.0; f.x())
  def f4, do: (n = 5; n.x())
  def f5, do: (l = [1]; l.x())
  def f6, do: (m = %{a: 1}; m.x())
  def p1 do
    p = %URI{}
    p.host
    p.zz
  end
end
IO.puts("ok")
