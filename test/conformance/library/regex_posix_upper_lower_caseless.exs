# Caseless, PCRE takes [:upper:] and [:lower:] as [:alpha:] (bytes and Unicode mode alike, and
# their negations): so ª, µ, º, ß and ÿ match [[:upper:]] with the i modifier, as all letters do
for {p, opts} <- [{"[[:upper:]]", "i"}, {"[[:lower:]]", "i"}, {"[[:^upper:]]", "i"}, {"[[:upper:]]", ""},
                  {"(?i)[[:upper:]]", ""}, {"[[:upper:]]", "iu"}, {"[[:lower:]]+", "iu"}, {"[[:^lower:]]", "iu"}] do
  re = Regex.compile!(p, opts)
  # (bytes without the u modifier, code points 0..0x24F with it)
  chars = if opts =~ "u", do: for(c <- 0..0x24F, Regex.match?(re, <<c::utf8>>), do: c), else: for(b <- 0..255, Regex.match?(re, <<b>>), do: b)
  IO.puts("#{p}/#{opts}: #{length(chars)} matched, #{inspect(Enum.filter(chars, &(&1 > 127 and &1 < 256)), limit: :infinity)}")
  IO.inspect(Regex.scan(re, "ÉCOLE école Straße ΣΑΣ σας ǅ 1", return: :index) |> length())
end
