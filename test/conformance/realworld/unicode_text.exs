defmodule TextKit do
  def slugify(s) do
    s
    |> String.normalize(:nfd)
    |> String.replace(~r/[^\x00-\x7F]/u, "")
    |> String.downcase()
    |> String.replace(~r/[^a-z0-9]+/, "-")
    |> String.trim("-")
  end

  def truncate(s, n) do
    if String.length(s) > n, do: String.slice(s, 0, n - 1) <> "…", else: s
  end

  def wrap(text, width) do
    text
    |> String.split()
    |> Enum.chunk_while([], fn w, acc ->
      line = Enum.join(Enum.reverse([w | acc]), " ")
      if String.length(line) > width and acc != [], do: {:cont, Enum.join(Enum.reverse(acc), " "), [w]}, else: {:cont, [w | acc]}
    end, fn [] -> {:cont, []}; acc -> {:cont, Enum.join(Enum.reverse(acc), " "), []} end)
  end

  def title_case(s), do: s |> String.split(~r/\s+/) |> Enum.map_join(" ", &String.capitalize/1)
end

defmodule Main do
  def run do
    samples = ["Crème Brûlée à la Mode!", "  Ünïcödé   Straße  ", "日本語テキスト", "emoji 👍🏽 and 👨‍👩‍👧 family", "e\u0301"]
    for s <- samples do
      IO.puts("#{inspect(s)} len=#{String.length(s)} bytes=#{byte_size(s)} slug=#{TextKit.slugify(s)}")
      IO.inspect(String.graphemes(s) |> Enum.take(6))
    end
    IO.inspect(String.codepoints("e\u0301👍🏽"))
    IO.inspect(String.upcase("straße ǆ ﬁ"))
    IO.inspect(String.downcase("ΣΑΣ İ"))
    IO.inspect(String.downcase("ÀÉÎ", :ascii))
    IO.inspect(String.capitalize("ǆemal ÉCOLE"))
    IO.inspect(String.reverse("añb👍🏽c"))
    IO.inspect(String.slice("héllo wörld", 2..-3))
    IO.inspect(String.slice("héllo", -3, 2))
    IO.inspect(String.slice("héllo", 10, 2))
    IO.inspect(String.at("héllo", -1))
    IO.inspect(String.pad_leading("日本", 6, "·"))
    IO.inspect(String.pad_trailing("ab", 7, "xy"))
    IO.inspect(String.split("a,b;;c d", ~r/[,; ]/, trim: true))
    IO.inspect(String.split("a-b-c-d", "-", parts: 2))
    IO.inspect(String.split("  lead and trail  "))
    IO.inspect(String.split("abc", ""))
    IO.inspect(String.split("a1b2c3", ~r/\d/, include_captures: true))
    IO.inspect(String.splitter("a b c", " ") |> Enum.take(2))
    IO.inspect(String.split_at("héllo", 2))
    IO.inspect(String.replace("hello world", ~r/o/, fn m -> String.upcase(m) end))
    IO.inspect(String.replace("aaa", "a", "b", global: false))
    IO.inspect(String.replace("a.b.c", ".", "", global: true))
    IO.inspect(String.replace("abc", ["a", "c"], &"[#{&1}]"))
    IO.inspect(String.replace_prefix("foofoo", "foo", ""))
    IO.inspect(String.replace_suffix("a.txt", ".txt", ".md"))
    IO.inspect(String.replace_leading("000123", "0", " "))
    IO.inspect(String.replace_trailing("1.5000", "0", ""))
    IO.inspect(String.trim_leading("\t\n x "))
    IO.inspect(String.trim("xxhixx", "x"))
    IO.inspect(String.contains?("hello", ["z", "ll"]))
    IO.inspect(String.starts_with?("hello", ["he", "x"]))
    IO.inspect(String.jaro_distance("martha", "marhta"))
    IO.inspect(String.myers_difference("kitten", "sitting"))
    IO.inspect(String.bag_distance("abc", "abd"))
    IO.inspect(String.valid?(<<0xFF>>))
    IO.inspect(String.printable?("a\u0000"))
    IO.inspect(String.chunk("abc12de", :printable))
    IO.inspect(String.next_grapheme("👍🏽x"))
    IO.inspect(String.next_codepoint("é"))
    IO.inspect(String.equivalent?("e\u0301", "é"))
    IO.inspect(String.normalize("é", :nfd) |> byte_size())
    IO.inspect(String.duplicate("ab", 3))
    IO.inspect(String.first(""))
    IO.inspect(String.to_charlist("hé"))
    IO.inspect(String.to_atom("with space"))
    IO.inspect(String.to_integer("-0042"))
    IO.inspect(String.to_float("1.50"))
    IO.inspect(String.upcase("ß", :greek))
    IO.inspect(TextKit.truncate("The quick brown fox", 10))
    IO.inspect(TextKit.wrap("The quick brown fox jumps over the lazy dog again and again", 16))
    IO.inspect(TextKit.title_case("hello   big  world"))
    IO.inspect(:unicode.characters_to_binary([104, 233, "llo", [0x1F44D]]))
    IO.inspect(:unicode.characters_to_list("hé"))
    IO.inspect(<<"é"::utf8>> == "é")
    IO.inspect(for <<c::utf8 <- "añ👍">>, do: c)
    IO.inspect(?é)
    IO.inspect("snow ☃ " <> <<0x2603::utf8>>)
    IO.inspect(String.length(String.duplicate("👨‍👩‍👧", 3)))
    IO.inspect(Enum.map(~w(apple Banana cherry), &String.jaro_distance(&1, "bananas")) |> Enum.map(&Float.round(&1, 3)))
  end
end

Main.run()
