# :binary.replace/4's {:insert_replaced, pos | [pos]} (the matched part inserted into the replacement),
# and URI.encode_query/2 refusing list keys and values with Elixir's ArgumentError
IO.inspect :binary.replace("a-b-c", "-", "+", [:global, {:insert_replaced, 0}])
IO.inspect :binary.replace("abcb", "b", "[]", [:global, {:insert_replaced, 1}])
IO.inspect :binary.replace("abcb", "b", "[]", [{:insert_replaced, [1, 1, 2]}])
IO.inspect :binary.replace("abcb", ["b", "c"], "<>", [:global, {:insert_replaced, [0, 2]}])
try do :binary.replace("ab", "b", "x", [{:insert_replaced, 5}]) rescue e -> IO.inspect(e) end
IO.inspect URI.encode_query(%{"a b" => "c&d", x: 1})
IO.inspect URI.encode_query([{"k", :v}], :rfc3986)
try do URI.encode_query(%{x: [1]}) rescue e -> IO.inspect(e) end
try do URI.encode_query([{[1], 2}]) rescue e -> IO.inspect(e) end
