# :string.to_integer/1 and :string.to_float/1 read the leading run of number characters as
# OTP 25's take/2 walks it: elements only past that run need not be characters ({1, [1.5]}),
# numbers that are no code points are clusters of their own ({:error, :no_integer}), and
# anything else the walk has to read, bytes that are no UTF-8 included, is {:error, :badarg}
inputs = [
  [:a], [1.0], [-1], ['1' | 2], [0x110000], [?1, :a], [?1, ?2 | 3], :abc, 12, {}, [],
  [?1, 1.5], [65, 1.5], [?-], [?+, ?1, :x], [?1, ?., ?5, :a], [?1, ?+, ?2, :a],
  [<<"1">>], [?1, <<"2">>], [?1 | <<"2">>], ['1', '2'], [[?1], ?2], [[?1], :b], [<<"1">>, ?a, :b],
  [-1, 49], [1.5, 300], [300, 49, :a], [300, 301, :a], [49, 300, :a], [-5, -6, :a], [300, -1],
  [300, 0x110000], [13, 10, :a], [13, 1.5], [1.5 | 2], [49, 50, 300, 1.5], [49, [50, :a]],
  [49, [300], :a], [0x301, :a], [49, 0x301, :a], [49, 0x301, 50], [49, 0x110000], [49, -1],
  <<255>>, <<?1, 255>>, [<<?1, 255>>], <<?a, 255>>, <<?1, ?a, 255>>, [<<?a, 255>>], [?a, <<255>>],
  <<?1, 0xCC, 0x81, 255>>, <<?1, 0xCC, 0x81, ?a>>, <<?1, ?., ?5, 255>>, [?1 | <<?2, 255>>],
  [?1 | <<?a, 255>>], "12", "-12.5e3x", "1,5", ['1.5', "e2", ?x], <<"+7">>
]

for x <- inputs do
  IO.inspect({x, :string.to_integer(x), :string.to_float(x)})
end

# the other walks over a list holding a binary that is no UTF-8 where a cluster is read
attempt = fn f ->
  try do
    f.()
  rescue
    e -> {:raised, Exception.message(e)}
  end
end

for x <- [[<<" ", 255>>], [?\s | <<255>>]] do
  IO.inspect({x, attempt.(fn -> :string.trim(x, :leading) end), attempt.(fn -> :string.take(x, ' ') end),
    attempt.(fn -> :string.lexemes(x, ' ') end), attempt.(fn -> :string.nth_lexeme(x, 1, ' ') end)})
end
