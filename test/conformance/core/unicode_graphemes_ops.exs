words = ["naïve", "café", "🇯🇵", "e\u0301", "日本語", "ß"]
for w <- words do
  IO.puts("#{w}: length=#{String.length(w)} bytes=#{byte_size(w)} codepoints=#{length(String.codepoints(w))} upcase=#{String.upcase(w)}")
end
IO.inspect(String.graphemes("🇯🇵🇫🇷"))
IO.inspect(String.reverse("🇯🇵🇫🇷"))
IO.inspect(String.slice("naïve café", 3, 4))
IO.inspect(String.pad_trailing("日本", 5, "*"))
IO.inspect(String.split("a→b→c", "→"))
IO.inspect(String.replace("über", "ü", "ue"))
IO.inspect(String.contains?("façade", "ç"))
IO.inspect(String.starts_with?("Ωmega", "Ω"))
IO.inspect("ä" == "a\u0308")
IO.inspect(String.equivalent?("ä", "a\u0308"))
IO.inspect(String.normalize("a\u0308", :nfc) == "ä")
