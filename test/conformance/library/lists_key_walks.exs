# :lists' key functions and sorts, written in Erlang on OTP: what an improper list or a bad
# position does to them (a match before the tail keeps it; a walk into it fails in the helper)
for f <- [fn -> :lists.keytake(:a, 1, [{:a, 1} | :t]) end, fn -> :lists.keytake(:b, 1, [{:a, 1} | :t]) end,
          fn -> :lists.sort([3, 1 | :t]) end, fn -> :lists.sort([1 | :t]) end, fn -> :lists.sort(:x) end,
          fn -> :lists.keytake(:a, 0, [{:a, 1}]) end, fn -> :lists.keytake(:a, 1, :x) end, fn -> :lists.sort([]) end,
          fn -> :lists.keymember(:a, 1, [{:a, 1} | :t]) end, fn -> :lists.keydelete(:a, 1, [{:a, 1} | :t]) end,
          fn -> :lists.keyreplace(:a, 1, [{:a, 1} | :t], {:a, 2}) end, fn -> :lists.keystore(:b, 1, [{:a, 1} | :t], {:b, 2}) end,
          fn -> :lists.usort([2, 1 | :t]) end, fn -> :lists.member(1, [1 | :t]) end, fn -> :lists.member(2, [1 | :t]) end] do
  IO.inspect(try do f.() rescue e -> {e.__struct__, Exception.message(e)} catch k, v -> {k, v} end)
end
IO.inspect :lists.keytake(1.0, 1, [{:x}, {1, :a}, {2, :b}])
IO.inspect :lists.keydelete(1.0, 1, [{1, :a}, {2, :b}])
IO.inspect :lists.keystore(3, 1, [{1, :a}], {3, :c})
IO.inspect :lists.keyreplace(9, 1, [{1, :a}], {3, :c})
IO.inspect(try do :lists.keyreplace(1, 1, [{1, :a}], :nt) rescue e -> Exception.message(e) end)
IO.inspect :lists.keyfind(1.0, 1, [{1, :a}])
