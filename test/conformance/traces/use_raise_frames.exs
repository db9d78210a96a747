# A __using__/1 raising, reached through another module's __using__: each use's expansion is
# under it ('expanding macro: Kernel.use/1' and the module body), and the body has run nothing
defmodule B do
  defmacro __using__(_), do: raise("in B")
end

defmodule A do
  defmacro __using__(_) do
    quote do
      use B
    end
  end
end

defmodule User do
  IO.puts("body")
  use A
end
