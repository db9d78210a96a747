# The expander's checks of a cond's clauses, as Code.eval_string/1 raises them
for src <- ["cond(do: [])", "cond do\n  1 -> 2\n  _ -> 3\nend", "cond [do: [{:->, [line: 4], [[{:_, [], :ctx}], 1]}]]", "cond do\n  _x -> 1\n  true -> 2\nend"] do
  try do
    Code.eval_string(src)
  rescue
    e -> IO.inspect(e)
  end
end

defmodule Quoted do
  defmacro always(value) do
    quote do
      cond do
        unquote(value) -> :given
        _ -> :other
      end
    end
  end
end

try do
  Code.eval_string("require Quoted; Quoted.always(1)")
rescue
  e -> IO.puts(Exception.message(e))
end
