# The stacktrace of a CompileError Code.eval_quoted/3 and Code.eval_string/3 raise for an
# undefined function inside the code holds Elixir 1.14's expander frames down to it first
# (elixir_expand's expand_arg/mapfold/expand_remote for a call's argument, Kernel's imported
# functions included; expand_list for a list element; expand_args for a tuple's, from expand/3's
# 2-tuple or {} clause; expand_block for a block's expression, 564 the last, 567 one before; expand
# for the right side of =), then :elixir.eval_forms/3's, the BEAM's 8 entries less one.
show = fn label, f ->
  try do
    f.()
  rescue
    e ->
      IO.inspect({label, Exception.message(e)})
      for {m, f, a, l} <- __STACKTRACE__, do: IO.inspect({m, f, a, l[:line]})
  end
end

for q <- [
      quote(do: 1 + zz()),
      quote(do: Enum.map(zz(), 1)),
      quote(do: [1, zz()]),
      quote(do: {zz(), 1}),
      quote(do: {1, 2, zz()}),
      quote(do: x = zz()),
      quote(do: x = 1 + zz()),
      quote(do: (zz(); 1)),
      quote(do: (1; 2; zz())),
      quote(do: :lists.reverse([zz()])),
      quote(do: [{zz(), 1}]),
      quote(do: (x = [zz()]; x)),
      quote(do: elem(zz(), 0))
    ] do
  show.(Macro.to_string(q), fn -> Code.eval_quoted(q) end)
end

for s <- ["1 + zz()", "[1, zz()]", "x = {1, 2, zz()}", "a = 1\n[{zz(), a}]"] do
  show.(s, fn -> Code.eval_string(s) end)
end
