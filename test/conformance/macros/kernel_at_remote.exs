# `@` after a dot names the operator like any other: Kernel.@(moduledoc("x")) is @moduledoc "x",
# and quote keeps Kernel.@ as a remote call (with or without parentheses)
IO.inspect(quote do: Kernel.@(x))
IO.inspect(quote do: Kernel.@ x)
IO.inspect(quote do: x.@)
IO.inspect(quote do: Kernel.@(doc("text")))

defmodule M do
  Kernel.@(moduledoc("a module"))
  Kernel.@(answer(42))
  def answer, do: Kernel.@(answer)
end

IO.inspect(M.answer())
