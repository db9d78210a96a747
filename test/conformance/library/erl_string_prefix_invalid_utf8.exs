# :string.prefix/2 reads its prefix with unicode:characters_to_list/1 before anything else: a
# prefix holding invalid (or truncated) UTF-8 gives {error, Done, Rest} ({incomplete, ...}),
# which no clause of string:prefix_1/2 takes: a function_clause with those arguments, whatever the
# string is. The last call is not rescued: the exit report shows it.
show = fn label, f ->
  try do
    IO.inspect(f.(), label: label)
  catch
    kind, reason ->
      frames = for {m, fun, args, loc} <- Enum.take(__STACKTRACE__, 2), do: {m, fun, args, loc[:line]}
      IO.inspect({kind, reason, frames}, label: label)
  end
end

show.("bad first byte", fn -> :string.prefix("abc", <<255>>) end)
show.("after a char", fn -> :string.prefix("abc", <<"a", 255>>) end)
show.("in a list", fn -> :string.prefix('abc', ["a", <<255>>]) end)
show.("truncated", fn -> :string.prefix("abc", <<"a", 0xC3>>) end)
show.("string not text", fn -> :string.prefix(:x, <<255>>) end)
show.("valid", fn -> :string.prefix("abc", "ab") end)
show.("empty", fn -> :string.prefix("abc", []) end)
show.("no match", fn -> :string.prefix("abc", "x") end)
:string.prefix("abc", <<255>>)
