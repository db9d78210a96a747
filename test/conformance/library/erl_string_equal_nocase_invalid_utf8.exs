# :string.equal(A, B, true) on binaries with invalid UTF-8 as OTP 25: both are casefolded a code
# point at a time (A first), a byte that starts no UTF-8 sequence fails in unicode_util:casefold/1
# with {badarg, the bytes from it on} over string:equal_nocase/2 (line 583 for A, 584 for B),
# unless the walk stopped before (a differing code point, or the same rest on both sides).
show = fn label, f ->
  try do
    IO.inspect(f.(), label: label)
  catch
    kind, reason ->
      frames = for {m, fun, arity, loc} <- Enum.take(__STACKTRACE__, 2), do: {m, fun, arity, loc[:line]}
      IO.inspect({kind, reason, frames}, label: label)
  end
end

show.("first of A", fn -> :string.equal(<<255>>, "ab", true) end)
show.("first of B", fn -> :string.equal("ab", <<255>>, true) end)
show.("after a match", fn -> :string.equal(<<"a", 255>>, "ab", true) end)
show.("same rest", fn -> :string.equal(<<"A", 255>>, <<"a", 255>>, true) end)
show.("differs first", fn -> :string.equal(<<"x", 255>>, "ab", true) end)
show.("identical", fn -> :string.equal(<<255>>, <<255>>, true) end)
show.("A against empty", fn -> :string.equal(<<255>>, "", true) end)
show.("empty against B", fn -> :string.equal("", <<255>>, true) end)
show.("expanding fold", fn -> :string.equal(<<"ß", 255>>, <<"ss", 255>>, true) end)
show.("expanding fold, bad A", fn -> :string.equal(<<"ß", 255>>, <<"SS", 254>>, true) end)
show.("truncated tail", fn -> :string.equal(<<"é", 0xC3>>, <<"É", 0xC3>>, true) end)
show.("rest of A", fn -> :string.equal(<<"ab", 200, 1>>, "AB", true) end)
show.("case-sensitive", fn -> :string.equal(<<255>>, "ab", false) end)
show.("valid", fn -> :string.equal("Straße", "STRASSE", true) end)
