# :string.uppercase/lowercase/casefold of chardata with a byte that is no UTF-8 after the start:
# OTP 25 fails with {badarg, the bytes from it on} deep in its walk; the error and its frames
defmodule T do
  def try(f, args) do
    apply(:string, f, args)
  rescue
    e ->
      IO.inspect(e)
      for {m, fun, a, loc} <- Enum.take(__STACKTRACE__, 7), m in [:string, :unicode_util], do: IO.puts("  #{m}.#{fun}/#{a} #{loc[:file]}:#{loc[:line]}")
  else
    r -> IO.inspect(r)
  end
end

for f <- [:uppercase, :lowercase, :casefold] do
  IO.puts("== #{f}")
  for s <- [<<"ab", 255, "cd">>, <<"AB", 255>>, <<"ABc", 255>>, <<"éé", 255>>, <<"ÉÉ", 255>>, <<"ß", 255>>,
            <<"aBcDé€x", 255, "z">>, <<"a", 255>>, <<"A", 255>>, <<255, "a">>, <<"ok">>,
            [?a, <<"b", 255>>, ?c], ["ab", <<255>>], ["AB", <<255>>], [<<255>>, ?a], [?a | <<255>>],
            [[?a, <<255>>], ?c], [?a, <<255, ?b>>, ?c]] do
    T.try(f, [s])
  end
end
