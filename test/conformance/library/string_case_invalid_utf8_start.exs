# :string.uppercase/lowercase/casefold of a binary whose first byte starts no UTF-8 sequence fail
# at once as OTP 25's do: error({badarg, Bin}) in their own frame (string.erl 338, 355, 387),
# whatever follows the byte; valid text and charlists are mapped.
show = fn label, f ->
  try do
    IO.inspect(f.(), label: label)
  catch
    kind, reason ->
      [{m, fun, arity, loc} | _] = __STACKTRACE__
      IO.inspect({kind, reason, {m, fun, arity, loc[:line]}}, label: label)
  end
end

show.("uppercase <<255>>", fn -> :string.uppercase(<<255>>) end)
show.("uppercase <<255, abc>>", fn -> :string.uppercase(<<255, "abc">>) end)
show.("uppercase truncated", fn -> :string.uppercase(<<0xC3>>) end)
show.("lowercase <<255>>", fn -> :string.lowercase(<<255>>) end)
show.("lowercase <<0x80, A>>", fn -> :string.lowercase(<<0x80, "A">>) end)
show.("casefold <<255>>", fn -> :string.casefold(<<255>>) end)
show.("casefold <<0xE9, 1>>", fn -> :string.casefold(<<0xE9, 1>>) end)
show.("uppercase valid", fn -> :string.uppercase("abé") end)
show.("casefold valid", fn -> :string.casefold("ÀB") end)
show.("uppercase empty", fn -> :string.uppercase("") end)
show.("lowercase charlist", fn -> :string.lowercase('ABC') end)
show.("in Elixir", fn -> String.upcase(<<255>>) end)
:string.uppercase(<<255>>)
