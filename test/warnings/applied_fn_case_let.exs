# `case value do v -> v end` is the value itself once OTP makes it a `let`: a fn applied there to a
# list built of variables is folded where the case stands as a body's value, as it would be alone
defmodule CaseLet do
  def a(p), do: (case (fn {_x, _} -> nil; nil -> :r end).([p]) do v -> v end)
  def b(p), do: {case (fn {_x, _} -> nil; nil -> :r end).([p]) do v -> v end}
  def c(p), do: (case (fn {_x, _} -> nil; nil -> :r end).([p]) do v -> {v} end)
end
