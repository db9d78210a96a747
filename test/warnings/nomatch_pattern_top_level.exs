# a script's top level is walked before its modules, a module's body before its functions
x = [1]
case x do
  [_, _] = [_] -> 1
  _ -> 2
end
f = fn "a" <> _ = "b" -> 1; _ -> 2 end
IO.inspect(f.(1))
defmodule NomatchTop do
  case [1] do
    [] = [1] -> 1
    _ -> 2
  end
  def a([1] = [2]), do: 1
end
[y] = [_, _] = x
