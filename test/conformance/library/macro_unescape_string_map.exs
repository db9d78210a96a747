# Macro.unescape_string/2 and the deprecated unescape_tokens/2: the map is asked about :newline,
# :hex and :unicode and about the byte after any other backslash; false keeps the escape as is,
# anything else is the byte put in its place; bad sequences raise ArgumentError as sigils do.
all = fn
  :newline -> true
  :hex -> true
  :unicode -> true
  ?n -> ?\n
  ?t -> ?\t
  _ -> false
end
IO.inspect(Macro.unescape_string("a\\nb\\tc\\qd", all))
IO.inspect(Macro.unescape_string("a\\nb\\x41\\u00e9", fn ?n -> ?N; :hex -> true; _ -> false end))
IO.inspect(Macro.unescape_string("a\\nb\\x41\\u00e9", fn :unicode -> true; _ -> false end))
IO.inspect(Macro.unescape_string("\\a\\0\\e\\s\\d", &(&1 == :x)))
IO.inspect(Macro.unescape_string("\\u{1F600}\\u{41}\\xE9", fn _ -> true end))
IO.inspect(Macro.unescape_string("\\q\\z", fn ?q -> 200; _ -> false end))
IO.inspect(Macro.unescape_string("\\q", fn _ -> 300 end))
IO.inspect(Macro.unescape_string("a\\\nb", all))
IO.inspect(Macro.unescape_string("a\\\r\nb", fn x -> send(self(), {:asked, x}); false end))
IO.inspect(Macro.unescape_string("a\\", fn _ -> true end))
IO.inspect(Macro.unescape_string("\\é", fn x -> send(self(), {:asked, x}); false end))
IO.inspect(Macro.unescape_string("", fn _ -> true end))
IO.inspect(Process.info(self(), :messages))
IO.inspect(Macro.unescape_tokens(["a\\tb", {:x, [], nil}, "\\n", 3], fn ?t -> ?T; _ -> false end))

for {text, map} <- [
      {"\\xZZ", fn _ -> true end},
      {"\\uZZ", fn _ -> true end},
      {"\\u{D800}", fn _ -> true end},
      {"\\u{110000}", fn _ -> true end},
      {"\\q", fn _ -> :bad end},
      {"\\x", fn _ -> :yes end},
      {:atom, fn _ -> true end}
    ] do
  try do
    IO.inspect(Macro.unescape_string(text, map))
  rescue
    e -> IO.inspect(e)
  end
end
