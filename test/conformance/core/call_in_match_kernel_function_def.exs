# a Kernel function (not inlined) in a def's pattern is a remote call of Kernel's
defmodule CallInMatchKernel do
  def f(x) do
    struct(x, []) = x
  end
end
