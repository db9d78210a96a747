# List.to_charlist of a list that is not chardata, and of a non-list
IO.inspect(try do List.to_charlist([:a, "b"]) rescue e -> e end)
IO.inspect(try do List.to_charlist([1 | :b]) rescue e -> e end)
IO.inspect(try do List.to_charlist(["a", [{}]]) rescue e -> e end)
IO.inspect(try do List.to_charlist(:a) rescue e -> e end)
IO.inspect(try do to_charlist([1.0]) rescue e -> Exception.message(e) end)
IO.inspect(List.to_charlist(["a", ?b, ['c', "dé"]]))
