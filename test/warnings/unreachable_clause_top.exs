x = System.argv()
r = case x do
  _ -> 1
  2 -> 3
end
IO.inspect(r)
h = fn
  _ -> 1
  2 -> 2
end
IO.inspect(h.(x))
defmodule K do
  def f(x) do
    case x do
      _ -> 1
      2 -> 3
    end
  end
end
IO.inspect(K.f(2))
