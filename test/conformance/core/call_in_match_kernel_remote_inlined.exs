# Kernel.length/1 written as a remote call is inlined to :erlang.length/1 before the match refuses it
defmodule CallInMatchKernelRemote do
  def f(x) do
    [Kernel.length(x)] = x
  end
end
