s = "👨‍👩‍👧 🇫🇷 e\u0301 ß ǅ ﬁ İ ΣΑΣ 💀📖🐍 \u200b\ufeff"
IO.inspect String.graphemes(s)
IO.inspect {String.length(s), byte_size(s), length(String.codepoints(s))}
IO.inspect String.upcase(s)
IO.inspect String.downcase(s)
IO.inspect String.downcase("ΣΑΣ ΟΔΟΣ", :greek)
IO.inspect String.capitalize("ǆemal")
IO.inspect String.reverse("👨‍👩‍👧🇫🇷")
IO.inspect String.slice("📖💀🐍abc", 1, 3)
IO.inspect String.pad_leading("📖", 4, "·")
IO.inspect to_charlist("📖💀") 
IO.inspect '📖💀'
IO.inspect [128214, 128128]
IO.inspect List.to_string([128214, ?a])
IO.inspect :"💀"
IO.inspect %{"🔑" => "📖", :"🐍" => 1}
IO.inspect Regex.scan(~r/\p{So}/u, "a📖b💀c")
IO.inspect Regex.replace(~r/[📖💀]/u, "x📖y💀z", "_")
IO.inspect String.split("a📖b", "")
IO.inspect String.contains?("🐍python", "🐍")
IO.inspect String.starts_with?("💀x", "💀")
IO.inspect :binary.match("a💀b", "💀")
IO.inspect String.at("💀📖", 1)
IO.inspect String.trim("📖 📖 📖", "📖")
IO.inspect String.replace("📖📖", "📖", "💀", global: false)
IO.inspect String.jaro_distance("📖ab", "📖ac")
IO.inspect :io_lib.format("~ts|~10ts|~-6ts|", ["📖", "💀x", "🐍"]) |> :unicode.characters_to_binary()
IO.inspect :io_lib.format("~p ~tp", ["📖", "📖"]) |> :unicode.characters_to_binary()
IO.inspect :io_lib.format("~w", ['📖']) |> IO.iodata_to_binary()
IO.inspect "\u{1F4D6}" == "📖"
IO.inspect <<0xF0, 0x9F, 0x93, 0x96>> == "📖"
IO.inspect "caf\u00e9" |> String.normalize(:nfd) |> String.codepoints()
IO.inspect String.printable?("\u200b"), label: "zwsp printable"
IO.inspect "\u200b\u2028\u00ad"
IO.inspect "bidi \u202e txt"
IO.inspect "ctrl \u0001 \u007f \u0085"
IO.puts String.duplicate("🐍", 3)
IO.inspect Base.encode64("📖") |> Base.decode64!()
IO.inspect URI.encode("📖 x") |> URI.decode()
IO.inspect Jason |> Code.ensure_loaded?()
IO.inspect String.to_atom("📖") |> Atom.to_string()
IO.inspect Enum.map(String.graphemes("🇯🇵🇰🇷"), &byte_size/1)
