# inspect lays terms out in 80 columns counting bytes, as Inspect.Algebra does for plain text: a
# character beyond the BMP (an emoji, a flag's letters) is 4 bytes wide there
IO.inspect(String.graphemes("👨‍👩‍👧 🇫🇷 e\u0301 ß ǅ ﬁ İ ΣΑΣ 💀📖🐍"))
IO.inspect(List.duplicate("📖", 20))
IO.inspect(List.duplicate("😀x", 16))
IO.inspect(%{"🔑🔑🔑🔑🔑" => "📖📖📖📖📖📖", "🐍🐍🐍🐍" => ["💀💀💀", "💀💀💀💀", "🐍"], :key => "🇯🇵🇰🇷🇫🇷"})
IO.inspect({:emoji, "🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉", "🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉", "🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉", :end})
IO.puts(inspect(Enum.map(1..12, &String.duplicate("🌍", &1)), pretty: true, width: 40))
