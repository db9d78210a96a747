# Elixir 1.14's formatter opens a last list or map on the operator's line ("next break fits")
# only after a comparison (==, !=, ===, <, ...), =~, <- and `in`; after ++, <>, +, -, ||, and ...
# the operation breaks after the operator and the container goes on the next line, laid out there
# (Macro.to_string of the quoted operation the same).
t = fn s -> IO.puts(Code.format_string!(s)); IO.puts("---") end
t.("x = a ++ [bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccccccccccccccccc, dddddddddddddddddddddd]")
t.("dict =\n  [{:\"$ancestors\", Process.get(:\"$ancestors\", [parent])} | own] ++ [{:\"$initial_call\", Process.get(:\"$initial_call\", initial_call(misc))}]")
t.("a <> %{bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb: 1, cccccccccccccccccccccccccccccccccccc: 2, dddddddddddd: 3}")
t.("a == [bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccccccccccccccccc, dddddddddddddddddddddddddddd]")
t.("a in [bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccccccccccccccccc, dddddddddddddddddddddddddddd]")
t.("a || [bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccccccccccccccccc, dddddddddddddddddddddddddddd]")
t.("a =~ [bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccccccccccccccccc, dddddddddddddddddddddddddddd]")
IO.puts(Macro.to_string(quote(do: a - [bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccccccccccccccccc, dddddddddddddddddddddddddddd])))
