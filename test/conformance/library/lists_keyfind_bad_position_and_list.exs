# :lists.keyfind/keymember/keysearch with a bad position: OTP 25's error_info also names the list
# argument when it is no list at all (an improper list is found only while walking)
cases = [{-1, [3], 10}, {1, 0, 10}, {1, :a, []}, {1, 1, 10}, {1, 1, [1 | 2]}, {1, 0, [{1}]}, {1, 0, [1 | 2]}, {1, 2.0, :x}]

for {k, n, l} <- cases, f <- [:keyfind, :keymember, :keysearch] do
  IO.inspect(try do apply(:lists, f, [k, n, l]) rescue e -> {f, Exception.message(e)} end)
end

IO.inspect(try do List.keyfind(10, 1, -1) rescue e -> Exception.message(e) end)
