# :erlang.list_to_binary takes a list only (an iolist), and says so when refusing
for x <- [[:a], :a, Function.identity("ab"), [1 | 2], [256], [[1, "a"] | "b"], [], [-1]] do
  IO.inspect(try do :erlang.list_to_binary(x) rescue e -> e end)
  IO.inspect(try do :erlang.iolist_to_binary(x) rescue e -> e end)
end
