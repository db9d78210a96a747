# BIFs name the argument that is wrong, as OTP 25 error_info does: :erlang.unique_integer/1 modifiers
# (not a list, not a proper list, an invalid modifier), the encodings of :unicode.characters_to_binary/2,3
# and characters_to_list/2 (checked before the data; were ignored), time units of monotonic_time,
# system_time, time_offset and :os.system_time, and size/1 of a term that is no tuple or binary
for {l, f} <- [{"a", fn -> :erlang.unique_integer(:a) end}, {"foo", fn -> :erlang.unique_integer([:foo]) end}, {"improper", fn -> :erlang.unique_integer([:positive | :a]) end}, {"ok", fn -> is_integer(:erlang.unique_integer([:positive, :monotonic])) end},
 {"c2b foo", fn -> :unicode.characters_to_binary("a", :foo) end}, {"c2b 1", fn -> :unicode.characters_to_binary("a", 1) end}, {"c2l foo", fn -> :unicode.characters_to_list("a", :foo) end}, {"c2b3 foo", fn -> :unicode.characters_to_binary("a", :unicode, :foo) end}, {"c2b3 foo2", fn -> :unicode.characters_to_binary("a", :foo, :unicode) end},
 {"mono", fn -> :erlang.monotonic_time(:foo) end}, {"sys", fn -> :erlang.system_time(:foo) end}, {"size", fn -> :erlang.size(1) end}, {"os", fn -> :os.system_time(:foo) end}, {"toff", fn -> :erlang.time_offset(:foo) end}, {"conv", fn -> :erlang.convert_time_unit(1, :foo, :second) end}] do
  try do
    IO.inspect(f.(), label: l)
  rescue
    e -> IO.puts(l <> ": " <> Exception.format_banner(:error, e, __STACKTRACE__)); IO.inspect(hd(__STACKTRACE__))
  end
end
