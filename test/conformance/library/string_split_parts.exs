# String.split/3's :parts goes through parts_to_index/1 (:infinity or a positive integer), checked
# where Elixir 1.14 checks it; a pattern :binary refuses fails in the :binary call made for the
# options, over String.split/3's frame at that call's line
show = fn name, f ->
  try do
    IO.inspect({name, f.()})
  rescue
    e -> IO.inspect({name, e, Enum.take(Enum.map(__STACKTRACE__, fn {m, f, a, loc} -> {m, f, a, loc[:line]} end), 3)})
  end
end

show.(:parts_atom, fn -> String.split("a b", " ", parts: :x) end)
show.(:parts_zero, fn -> String.split("a b", " ", parts: 0) end)
show.(:parts_nil, fn -> String.split("a b", " ", parts: nil) end)
show.(:parts_float_empty_pattern, fn -> String.split("a", "", parts: 1.5) end)
show.(:parts_negative_empty_pattern, fn -> String.split("ab", "", parts: -1) end)
show.(:parts_negative_list_pattern, fn -> String.split("a", ["a", "b"], parts: -2, trim: true) end)
show.(:parts_first_wins, fn -> String.split("a b", " ", parts: 1, parts: :x) end)
show.(:parts_infinity_odd_trim, fn -> String.split("a", "b", parts: :infinity, trim: :x) end)
show.(:not_a_string_first, fn -> String.split(:a, "", parts: 0) end)
show.(:regex_parts, fn -> String.split("a b", ~r/ /, parts: 5) end)

for opts <- [[], [parts: :infinity], [trim: false], [trim: true], [parts: 2], [parts: 2, trim: true], [parts: 3], [trim: :x], [parts: 2, trim: :x], [parts: 0]] do
  show.({:bad_pattern, opts}, fn -> String.split("a", :b, opts) end)
end

show.(:bad_pattern_split2, fn -> String.split("a", :b) end)
show.(:bad_pattern_list, fn -> String.split("a", ["a", 1], trim: true) end)
