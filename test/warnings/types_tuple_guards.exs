# tuple_size/1 and elem/2 in a guard's comparison type the variable as a tuple: `tuple_size(x) ==
# N` as a tuple of N elements (traced to the comparison), otherwise tuple() (traced to the call)
defmodule TupleGuards do
  def a(x) when tuple_size(x) == 3, do: x.foo
  def b(x) when elem(x, 1) == 2, do: x.foo()
  def c(x) when tuple_size(x) == 0, do: x.foo
  def d(x) when :ok == elem(x, 0), do: x.foo
  def e(x) when tuple_size(x) > 1, do: x.foo
  def f(x, y) when elem(x, 0) == y, do: {x, y}
end
