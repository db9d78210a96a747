# An encoder's padding: option that is no boolean fails in the private Base.maybe_pad/3 when padding
# is due, and Exception.blame/3 shows Elixir 1.14's six clauses of it
for {label, f} <- [
      {"encode64 padding: 1", fn -> Base.encode64("a", padding: 1) end},
      {"encode32 padding: :x", fn -> Base.encode32("a", padding: :x) end},
      {"url_encode64 padding: nil", fn -> Base.url_encode64("ab", padding: nil) end},
      {"no padding due", fn -> Base.encode64("abc", padding: 1) end}
    ] do
  try do
    IO.inspect(f.(), label: label)
  rescue
    e ->
      {blamed, st} = Exception.blame(:error, e, __STACKTRACE__)
      IO.puts("#{label}: " <> Exception.message(blamed))
      IO.inspect(hd(st))
  end
end
