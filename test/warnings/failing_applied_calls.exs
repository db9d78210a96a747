# OTP's compiler makes apply(m, :f, [args]) with a literal list the call m.f(args), however
# apply/3 is named, and warns of it as of the call written so; an improper list is a literal too
defmodule AppliedCalls do
  def a do
    x = 1
    apply(:erlang, :atom_to_binary, [x])
  end
  def b, do: apply(:math, :sqrt, [-1])
  def c, do: apply(Kernel, :elem, [{}, 1])
  def d, do: apply(:erlang, :+, [1, :a])
  def e(y), do: apply(:erlang, :+, [:a | y])
  def f, do: apply(String, :to_atom, [1])
  def g, do: :erlang.apply(:erlang, :hd, [[]])
  def h, do: Kernel.apply(:erlang, :tl, [[]])
  def i, do: apply(:erlang, :length, [[1 | 2]])
  def j, do: length([1, 2 | :tail])
  def k(m), do: apply(m, :hd, [[]])
  def l, do: :erlang.apply(:erlang, :-, [:a])
end
IO.puts("compiled")
