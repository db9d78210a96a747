# a file of defmodules only runs its first body as :elixir_compiler_0; an error in the body ends
# the trace at its (module) frame
defmodule First do
  def ok, do: :ok
end

defmodule Second do
  Enum.each([1, 2], fn
    1 -> :ok
    n -> raise ArgumentError, "bad #{n}"
  end)
end
