# a macro with a default argument raising in its body: the trace keeps the frame of the full
# clause (MACRO-t/3), above the expansion's
defmodule M do
  defmacro t(a, b \\ []) do
    case a do
      1 -> raise ArgumentError, "bad #{inspect(b)}"
      _ -> :ok
    end
  end
end

defmodule U do
  require M
  IO.puts("before")
  M.t(1)
end
