defmodule A do
  defmacro m do
    defmacro g, do: 1
  end
end
