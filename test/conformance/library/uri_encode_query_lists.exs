# URI.encode_query/1,2 refuses list keys and values from URI.encode_kv_pair/2 at Elixir's lines
t = fn f -> try do f.() rescue e -> IO.inspect({Exception.message(e), Enum.take(__STACKTRACE__, 1)}) end end
t.(fn -> URI.encode_query([{[1], "a"}]) end)
t.(fn -> URI.encode_query([{"a", [1]}]) end)
t.(fn -> URI.encode_query(%{"a" => [1]}, :rfc3986) end)
