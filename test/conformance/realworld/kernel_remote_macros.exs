# Kernel is required everywhere: its macros called remotely (Kernel.if/2, Kernel.||/2, Kernel.in/2 in a
# guard, Kernel.defstruct/1 in a module body) expand as the imported ones do, even where a local
# function has the name; Kernel.to_string/1 and the operators were calls already.
IO.inspect(false |> Kernel.or(true))
IO.inspect(true |> Kernel.and(false))
IO.inspect(nil |> Kernel.||(:default))
IO.inspect(1 |> Kernel.&&(2))
IO.inspect(Kernel.!(nil))
IO.inspect(Kernel.is_nil(nil))
IO.inspect(Kernel.if(true, do: :yes))
IO.inspect(Kernel.unless(true, do: :yes, else: :no))
IO.inspect(Kernel.in(2, [1, 2]))
IO.inspect(Kernel.match?({:ok, _}, {:ok, 1}))
IO.inspect(Kernel.to_string(:a))
IO.inspect(Kernel.to_charlist("a"))
IO.inspect(Kernel.then(5, &(&1 + 1)))
IO.inspect(Kernel.|>(1, Integer.to_string()))
IO.inspect(Kernel.binding())
IO.inspect(Kernel.inspect(1))
IO.inspect(Kernel.get_in(%{a: 1}, [:a]))
IO.inspect(Kernel.put_in(%{a: 1}, [:a], 2))
IO.inspect(Kernel.is_struct(1))
IO.inspect(Kernel.is_exception(1))
IO.inspect(Kernel.=~("abc", "b"))
IO.inspect(Kernel.<>("a", "b"))
IO.inspect(Kernel.tap(1, &IO.inspect/1))
IO.inspect(Kernel.dbg(1 + 1) |> Kernel.+(0))
IO.inspect(Kernel.defmodule(KM, do: (def x, do: 1)) |> elem(0))
defmodule KM2 do
  Kernel.def(a(x) when Kernel.is_nil(x), do: :nil_given)
  def a(x) when Kernel.in(x, [1, 2]), do: :small
  def a(x) when Kernel.and(is_integer(x), x > 2), do: :big
  def a(_), do: :other
  def b(x), do: Kernel.if(x, do: 1, else: 2)
  def c(list), do: list |> Enum.map(&(&1 * 2)) |> Kernel.||([])
  def d(x), do: Kernel.unless(x, do: :u)
  def e(s), do: Kernel.to_string(s)
  def f(x) do
    Kernel.match?(%{a: _}, x)
  end
  def g(x) do
    y = 1
    Kernel.binding() |> Keyword.keys() |> Enum.sort() |> then(&{&1, x, y})
  end
end
IO.inspect(Enum.map([nil, 1, 5, :z], &KM2.a/1))
IO.inspect({KM2.b(true), KM2.b(nil), KM2.c([1]), KM2.d(false), KM2.e(:x), KM2.f(%{a: 1}), KM2.g(3)})
defmodule KM3 do
  import Kernel, except: [if: 2]
  def if(a, b), do: {:my_if, a, b}
  def t, do: Kernel.if(true, do: :kernel_if)
end
IO.inspect(KM3.t())
defmodule KM4 do
  Kernel.defstruct [:a]
  def new, do: %KM4{a: 1}
end
IO.inspect(KM4.new())
