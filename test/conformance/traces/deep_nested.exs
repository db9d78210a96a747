# A deep chain of non-tail calls across three modules, raised in the innermost
defmodule C do
  # `fail` is only known at run time: the BEAM's compiler cannot prove leaf/2 never returns
  # (it would then drop the frames of calls to it)
  def leaf(0, fail), do: if(fail, do: raise(ArgumentError, "leaf reached"), else: 0)
  def leaf(n, fail), do: [leaf(n - 1, fail)]
end

defmodule B do
  def mid(n), do: {:mid, C.leaf(n, System.get_env("BEAMLET_NEVER_SET") == nil)}
end

defmodule A do
  def top(n) do
    r = B.mid(n)
    {:top, r}
  end
end

A.top(3)
