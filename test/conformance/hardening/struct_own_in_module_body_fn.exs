# ... nor in a fn written in that body.
defmodule S do
  defstruct [:a]
  def f(%S{} = s), do: s
  IO.inspect(fn -> %S{} end)
end
