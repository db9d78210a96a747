# A module body's macro whose code calls a macro that raises: the error comes before the body
# runs, under the outer macro's expansion frames
defmodule M do
  defmacro inner, do: raise("inner")

  defmacro outer do
    quote do
      M.inner()
    end
  end
end

defmodule User do
  require M
  IO.puts("body")
  M.outer()
end
