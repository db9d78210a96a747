# names `only:` lists that the module does export: functions, macros, an Erlang module's
defmodule Fine do
  import :lists, only: [reverse: 1, seq: 2]
  import Integer, only: [is_even: 1, parse: 1]
  import Kernel, except: [inspect: 1]
  def f(x) when is_even(x), do: {reverse([1, 2]), parse("3"), seq(1, 3)}
end
IO.inspect(Fine.f(2))
