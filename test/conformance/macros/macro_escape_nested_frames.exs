# a value Macro.escape refuses, nested in lists, tuples and maps: the frames of Elixir's walk
# (do_quote/3, do_escape/3, do_quote_simple_list/4, do_quote_splice/5 at their lines)
show = fn f ->
  try do
    f.()
  rescue
    e -> IO.inspect({e.__struct__, __STACKTRACE__ |> Enum.take(6) |> Enum.map(fn {m, f, a, l} -> {m, f, (if is_list(a), do: length(a), else: a), l[:line]} end)})
  end
end
r = make_ref()
show.(fn -> Macro.escape(r) end)
show.(fn -> Macro.escape([1, r]) end)
show.(fn -> Macro.escape({1, r}) end)
show.(fn -> Macro.escape({1, 2, r}) end)
show.(fn -> Macro.escape(%{a: r}) end)
show.(fn -> Macro.escape([[r]]) end)
show.(fn -> Macro.escape([1 | r]) end)
show.(fn -> Macro.escape({:a, [b: {r}]}) end)
show.(fn -> Macro.escape([1, 2, 3, r], unquote: true) end)
show.(fn -> Macro.escape(%{{1, r} => 2}) end)
