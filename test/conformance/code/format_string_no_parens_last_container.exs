# Elixir 1.14's formatter: a call without parentheses whose last argument is a list or map too
# long for the line opens it on the call's line (`raise E, %{\n  k: v\n}`, `reraise e, [\n  ...\n]`)
# when what comes before it fits there; Macro.to_string of the quoted call lays it out the same.
t = fn s -> IO.puts(Code.format_string!(s)); IO.puts("---") end
t.("def __fail__(opts, {module, file, line}) do\n  reraise ExUnit.AssertionError.exception(opts), [{module, :__MODULE__, 0, [file: String.to_charlist(file), line: line]}]\nend")
t.("raise ArgumentError, %{message: \"some long message here\", other_key: \"and another long value\", k: 1}")
t.("import_things SomeVeryLongModuleName.WithNesting, [first_function: 1, second_function: 2, third_function: 3]")
t.("assert_value aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, [1, 2]")
IO.puts(Macro.to_string(quote(do: raise(ArgumentError, %{message: "some long message here", other_key: "and another long value", k: 1}))))
