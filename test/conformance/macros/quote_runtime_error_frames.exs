# A bad value unquoted where quote needs a list or a call name fails at run time in
# :elixir_quote (src/elixir_quote.erl): argument_error/1 under dot/5 or list/2, and
# tail_list/3's FunctionClauseError, each at Elixir 1.14's lines
show = fn fun ->
  try do
    fun.()
  rescue
    e ->
      IO.puts(Exception.message(e))
      for entry <- Enum.take(__STACKTRACE__, 2), do: IO.puts("  " <> Exception.format_stacktrace_entry(entry))
  end
end

x = 1
show.(fn -> quote(do: foo(unquote_splicing(x))) end)
show.(fn -> quote(do: [0, unquote_splicing(x), 2]) end)
show.(fn -> quote(do: {unquote_splicing(x)}) end)
show.(fn -> quote(do: [1, unquote_splicing(x) | t]) end)
show.(fn -> quote(do: Foo.unquote(x)) end)
show.(fn -> quote(do: Foo.unquote(x)(1)) end)

defmodule Splice do
  defmacro call_with(args) do
    quote do
      Kernel.max(unquote_splicing(args))
    end
  end
end

try do
  Code.eval_string("require Splice; Splice.call_with(:oops)")
rescue
  e ->
    IO.puts(Exception.message(e))
    for entry <- Enum.take(__STACKTRACE__, 3), do: IO.puts("  " <> Exception.format_stacktrace_entry(entry))
end
