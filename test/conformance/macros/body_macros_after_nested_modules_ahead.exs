# A defprotocol, a defimpl, a defmodule whose name is computed or one inside an `if`, and a `use`
# inside an `if` do not stop the module body's macros from expanding before the body runs
defmodule M do
  defmacro tell(x) do
    IO.puts("expanding #{Macro.to_string(x)}")
    x
  end

  defmacro __using__(opts) do
    IO.puts("using #{inspect(opts)}")
    quote do: def used, do: unquote(opts)
  end
end

defmodule User do
  require M
  IO.puts("body start")
  M.tell(1)

  defprotocol Proto do
    def size(x)
  end

  M.tell(2)

  defimpl Proto, for: Integer do
    def size(x), do: M.tell(x)
  end

  M.tell(3)

  defmodule Module.concat(__MODULE__, Computed) do
    IO.puts("computed body")
  end

  M.tell(4)

  if true do
    defmodule Inner do
      IO.puts("inner body")
    end

    M.tell(5)
    IO.puts(inspect(Inner))
  end

  M.tell(6)

  if true do
    use M, :nested
  end

  M.tell(7)
  IO.puts(inspect(Inner))
  IO.puts(inspect(Proto))
end

IO.puts(User.used())
IO.puts(User.Proto.size(3))
