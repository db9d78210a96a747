# Macro.to_string and Code.format_string! of typespecs: 'when a: term' without brackets, a function
# type (a -> b) in parentheses; a long guarded definition with do: keeps when/do: under its head
IO.puts Macro.to_string(Code.string_to_quoted!("@spec f(a) :: a when a: term, b: var"))
IO.puts Macro.to_string(quote(do: @spec apply((... -> any()), [any()]) :: any()))
IO.puts Code.format_string!("@spec f(a) :: a when a: term, b: var\n@spec apply((... -> any()), [any()]) :: any()\n@spec all?(t(), (element() -> as_boolean(term()))) :: boolean()")
IO.puts Code.format_string!("defmodule A do\n  defp reduce_range(first, last, step, acc, fun)\n       when (step > 0 and first <= last) or (step < 0 and first >= last),\n       do: reduce_range(first + step, last, step, fun.(first, acc), fun)\nend")
IO.puts Macro.to_string(Code.string_to_quoted!("@type f :: (-> any()) | (atom(), integer() -> :ok)"))
IO.puts Code.format_string!("@spec tl(nonempty_maybe_improper_list(elem, last)) :: maybe_improper_list(elem, last) | last when elem: term(), last: term()")
IO.puts Code.format_string!("defmodule E do\n  @spec max(t(), (element(), element() -> boolean()) | module(), (() -> empty_result)) :: element() | empty_result when empty_result: any()\nend")
IO.puts Macro.to_string(Code.string_to_quoted!("@spec pop(map(), key(), default) :: {value(), updated_map :: map()} | {default, map()} when default: value()"))
