# import holds from where it is written to the end of its scope; importing a module again replaces
# what it imported before, from there on (the defs before it keep the old names)
defmodule A do
  def f(x), do: {:a, x}
  def g(x), do: {:ag, x}
end
defmodule B do
  def f(x), do: {:b, x}
end
defmodule M do
  import A, only: [f: 1]
  def one, do: f(1)
  import A, only: [g: 1]
  def two, do: g(2)
  def three do
    import B
    f(3)
  end
  def four do
    import List, only: [first: 1]
    r = if true do
      import List, only: [last: 1]
      last([1, 2])
    end
    {r, first([5, 6])}
  end
  def five do
    case 1 do
      _ -> import String, only: [upcase: 1]; upcase("a")
    end
  end
  def six, do: (fn -> import String, only: [reverse: 1]; reverse("ab") end).()
  def seven do
    for x <- [1, 2] do
      import Integer, only: [digits: 1]
      digits(x * 11)
    end
  end
  def funcs, do: __ENV__.functions |> Enum.reject(fn {m, _} -> m == Kernel end)
  def funcs_inner do
    import Enum, only: [count: 1]
    _ = count([])
    __ENV__.functions |> Enum.reject(fn {m, _} -> m == Kernel end)
  end
  def reqs do
    require Logger
    __ENV__.requires
  end
  def reqs2, do: __ENV__.requires
end
IO.inspect({M.one(), M.two(), M.three(), M.four(), M.five(), M.six(), M.seven()})
IO.inspect(M.funcs())
IO.inspect(M.funcs_inner())
IO.inspect(M.reqs())
IO.inspect(M.reqs2())
defmodule N do
  def c do
    import String, only: [upcase: 1]
    upcase("x")
  end
  def d do
    import String, only: [downcase: 1]
    downcase("Y")
  end
end
IO.inspect({N.c(), N.d()})
