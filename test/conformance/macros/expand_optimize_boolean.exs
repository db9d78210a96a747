# Kernel's if, !, and, or expand to a case whose meta carries optimize_boolean: true (unless, &&,
# || and not do not). The hygiene counters change from run to run: they are shown as :counter.
mask = fn ast ->
  Macro.prewalk(ast, fn
    {name, meta, ctx} when is_list(meta) ->
      {name, Enum.map(meta, fn {:counter, _} -> {:counter, :counter}; kv -> kv end), ctx}

    other ->
      other
  end)
end

for q <- [
      quote(do: if(a, do: b)),
      quote(do: if(a, do: b, else: c)),
      quote(do: unless(a, do: b)),
      quote(do: a && b),
      quote(do: a || b),
      quote(do: !a),
      quote(do: !!a),
      quote(do: a and b),
      quote(do: a or b),
      quote(do: not a)
    ] do
  IO.inspect(mask.(Macro.expand_once(q, __ENV__)))
end

IO.inspect(mask.(Macro.expand(quote(do: unless(a, do: b)), __ENV__)), label: "unless, expanded")
{result, _} = Code.eval_quoted(Macro.expand(quote(do: if(a, do: :yes, else: :no)), __ENV__), a: 1)
IO.inspect(result, label: "evaluated")
