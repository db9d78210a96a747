# `v.field` read several times before an undefined field: two traces for each earlier read, the
# HINT once after them, and a field read again listed once more in the expected fields
defmodule FieldReads do
  def three_in_a_tuple do
    x = %{a: 1, b: 2}
    {x.a, x.b, x.c}
  end
  def again_on_lines do
    x = %{a: 1}
    y = x.a
    z = x.a
    w = x.q
    {y, z, w}
  end
  def once do
    x = %{a: 1}
    y = x.a
    w = x.q
    {y, w}
  end
  def bound_between do
    x = %{a: 1, b: 2}
    y = {x.a, x.b}
    {y, x.c}
  end
end
