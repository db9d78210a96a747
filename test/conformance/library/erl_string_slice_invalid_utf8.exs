# :string.slice/3 on a binary with invalid UTF-8 as OTP 25: the slice taken reads one code point
# past its last cluster, so reaching the bad byte fails with {badarg, the bytes from it on} in
# string:slice_bin/3 over slice_trail/2; a slice starting at the bad byte fails in slice_trail/2;
# a slice that ends before it, and slice/2 and :infinity (no walk), return the bytes.
show = fn label, f ->
  try do
    IO.inspect(f.(), label: label)
  catch
    kind, reason ->
      frames = for {m, fun, arity, loc} <- Enum.take(__STACKTRACE__, 2), do: {m, fun, arity, loc[:line]}
      IO.inspect({kind, reason, frames}, label: label)
  end
end

s = <<"ab", 255, "c">>
show.("0, 2", fn -> :string.slice(s, 0, 2) end)
show.("0, 3", fn -> :string.slice(s, 0, 3) end)
show.("0, 1", fn -> :string.slice(s, 0, 1) end)
show.("1, 1", fn -> :string.slice(s, 1, 1) end)
show.("2, 1", fn -> :string.slice(s, 2, 1) end)
show.("bad first", fn -> :string.slice(<<255, "c">>, 0, 1) end)
show.("bad last", fn -> :string.slice(<<"a", 255>>, 0, 1) end)
show.("ends before", fn -> :string.slice(<<"abc", 255>>, 0, 2) end)
show.("slice/2", fn -> :string.slice(s, 0) end)
show.("infinity", fn -> :string.slice(s, 1, :infinity) end)
show.("zero length", fn -> :string.slice(s, 0, 0) end)
show.("valid", fn -> :string.slice("héllo", 1, 3) end)
