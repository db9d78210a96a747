# :proplists.expand/2 reads its expansions in OTP 25's list comprehension: a term that is no list or
# an improper tail is a bad generator in "-expand/2-lc$^0/1-0-"/1 at proplists.erl:503 under expand/2
for e <- [1, [{:a, [:b]} | :t], :x, [{:a, [:b]}, :junk, {{:c, true}, [:d]}]] do
  try do
    IO.inspect(:proplists.expand(e, [:a, {:c, true}, :z]))
  rescue
    x ->
      IO.puts(Exception.message(x))
      IO.inspect(Enum.take(__STACKTRACE__, 2))
  end
end
