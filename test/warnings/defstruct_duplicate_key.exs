# Elixir's defstruct warns of each key given twice, from Kernel.Utils (its frames, then the body's)
defmodule DuplicateKeys do
  defstruct [:a, :b, :a, :a, c: 1, b: 2]
end

IO.inspect(struct(DuplicateKeys))

defmodule Outer do
  defmodule Inner do
    defexception [:m, :m, message: "x"]
  end
end

IO.inspect(struct(Outer.Inner))
