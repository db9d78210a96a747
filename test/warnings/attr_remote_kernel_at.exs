# Kernel.@ called remotely sets and reads attributes as @ does (also through an alias of Kernel):
# no "undefined module attribute" for what it set; its unused and undefined ones still warn
defmodule M do
  Kernel.@(x(1))
  Kernel.@ w(2)
  require Kernel, as: K
  K.@(y(3))
  def f, do: {@x, @w, @y, Kernel.@(x)}
  Kernel.@(unused_one(5))
  Kernel.@(z)
end

IO.inspect(M.f())
