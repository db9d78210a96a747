try do
  Macro.escape(make_ref(), unquote: true)
rescue
  e in ArgumentError -> IO.puts(String.replace(e.message, ~r/#Reference<[^>]*>/, "REF")); IO.inspect(__STACKTRACE__ |> Enum.take(2))
end
defmodule M do
  defmacro m(x), do: Macro.escape(fn -> x end, prune_metadata: true)
end
defmodule U do
  require M
  def f, do: M.m(1)
end
