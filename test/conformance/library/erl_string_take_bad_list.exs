# :string.take/2 (leading) of a list holding a binary with a byte that is no UTF-8: where OTP 25
# fails (the separator search, or cp_prefix/2's case) and where it answers
defmodule T do
  def try(args) do
    apply(:string, :take, args)
  rescue
    e ->
      IO.inspect(e)
      for {m, fun, a, loc} <- Enum.take(__STACKTRACE__, 4), m == :string, do: IO.puts("  #{m}.#{fun}/#{a} #{loc[:file]}:#{loc[:line]}")
  else
    r -> IO.inspect(r)
  end
end

for {str, seps} <- [
      {["ab", <<"a", 255>>], 'ab'}, {["ab", <<"c", 255>>], 'ab'}, {["ab", <<255>>], 'ab'},
      {["ab", <<255>>], 'a'}, {["ab", <<255>>, "c"], 'ab'}, {[?a, <<255>>], 'ab'},
      {[?a, <<"a", 255>>, "c"], 'ab'}, {[?x, <<255>>], 'ab'}, {[<<"ab", 255>>, "c"], 'ab'},
      {[<<"ab", 255>>, "c"], 'a'}, {[<<"aa", 255>>], 'a'}, {[?a, <<255>>, ?c], 'ab'},
      {["ab", "c"], 'ab'}, {[?a, "b"], 'ab'}
    ] do
  T.try([str, seps])
end
