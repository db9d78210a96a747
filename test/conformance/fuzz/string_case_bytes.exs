# String.downcase/upcase/capitalize as Elixir 1.14's String.Unicode clauses compute them: a lead
# byte (or two, three) shared by several mapped code points takes the next byte along unchanged
# when the two make no character; :turkic maps I/İ/i; :greek makes a final sigma only after a
# letter its clauses produced; capitalize titlecases one code point (ǆ -> ǅ, ß -> Ss)
for b <- [0xC3, 0xC4, 0xCA, 0xCE, 0xD6, 0xE2, 0xFF] do
  IO.inspect({b, String.downcase(<<b, ?A, ?B>>), String.upcase(<<b, ?a, ?b>>), String.capitalize(<<b, ?A, ?B>>)})
end
ins = [<<0xE2, 0x93, ?A>>, <<0xE2, 0x82, ?A>>, <<0xC3, 0xC3, 0x80, ?A>>, <<?A, 0xC3, ?A>>, <<0xF0, 0x90, 0x90, ?A>>,
       <<0xC3>>, "\uFEFFAb", "İI\u0307Iı", "ΑΣ", "AΣ", "ΑΣ.", "ΑΣ. Β", "ⒶΣ", "ΩΣΑ", "ǆa", "ǅA", "ßA", "ﬀA", "ᾳA", "აB", "ŉA", "ia", "éa"]
for s <- ins, m <- [:default, :ascii, :greek, :turkic] do
  IO.inspect({s, m, String.downcase(s, m), String.upcase(s, m), String.capitalize(s, m)})
end
IO.inspect(String.capitalize("a", :other))
IO.inspect(String.capitalize("", :other))
IO.inspect(String.to_atom("\uFEFFx"))
try do
  String.capitalize("ab", :other)
rescue
  e -> IO.puts(Exception.message(e))
end
String.capitalize(:ab)
