# A macro raising while the code another macro gave is expanded: Elixir's trace shows each
# expansion it is in under its own frame ('expanding macro: Mac.n1/1', Kernel's |> and if too),
# as far as the BEAM's 8 frames reach (beamlet showed the raising macro's frame only)
defmodule Mac do
  defmacro boom(x), do: raise(ArgumentError, "boom #{x}")
  defmacro n1(x), do: quote(do: Mac.boom(unquote(x)))
end

defmodule User do
  require Mac

  def f(y) do
    if y, do: Mac.n1(1) |> IO.inspect()
  end
end
