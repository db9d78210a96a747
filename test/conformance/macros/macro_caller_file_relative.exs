# code evaluated with an absolute file: the frame of a macro's caller names it relative to the
# current directory (elixir_utils:caller/4), in a rescued trace and an uncaught one
defmodule H do
  defmacro boom, do: raise("boom")
end
try do
  Code.eval_quoted(quote(do: (require H; H.boom())), [], file: __ENV__.file, line: 20)
rescue
  e -> IO.inspect(__STACKTRACE__ |> Enum.take(3))
end
try do
  Code.eval_quoted(quote(do: defmodule(X, do: (require H; H.boom()))), [], file: __ENV__.file, line: 30)
rescue
  e -> IO.inspect(__STACKTRACE__ |> Enum.take(3))
end
try do
  Code.eval_quoted(quote(do: defmodule(Y, do: (require H; def f, do: H.boom()))), [], file: __ENV__.file, line: 40)
rescue
  e -> IO.inspect(__STACKTRACE__ |> Enum.take(3))
end
Code.eval_quoted(quote(do: (require H; H.boom())), [], file: __ENV__.file, line: 50)
