# OTP's compiler folds Kernel's elem/2 (:erlang.element(i + 1, t)) on a literal tuple, and then
# the call it is an argument of: that call will fail.
defmodule ElemFolded do
  def a, do: not elem({1}, 0)
  def b, do: elem({1}, 0) + :a
  def c, do: elem(put_elem({1, 2}, 1, :x), 1) * 2
  def d(x) when is_atom(not elem({1}, 0)), do: x
  def d(x), do: {x}
end
IO.inspect({ElemFolded.d(1)})
