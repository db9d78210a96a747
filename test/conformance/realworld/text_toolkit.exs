defmodule TextKit do
  def slugify(s) do
    s
    |> String.normalize(:nfd)
    |> String.replace(~r/[\x{0300}-\x{036f}]/u, "")
    |> String.downcase()
    |> String.replace(~r/[^a-z0-9]+/, "-")
    |> String.trim("-")
  end

  def wrap(text, width) do
    text
    |> String.split()
    |> Enum.chunk_while([], fn word, line ->
      candidate = Enum.join(Enum.reverse([word | line]), " ")
      if line != [] and String.length(candidate) > width,
        do: {:cont, Enum.join(Enum.reverse(line), " "), [word]},
        else: {:cont, [word | line]}
    end, fn [] -> {:cont, []}; line -> {:cont, Enum.join(Enum.reverse(line), " "), []} end)
  end

  def justify(line, width) do
    words = String.split(line)
    gaps = length(words) - 1
    if gaps == 0 do
      line
    else
      spaces = width - String.length(Enum.join(words))
      {base, extra} = {div(spaces, gaps), rem(spaces, gaps)}
      words
      |> Enum.with_index()
      |> Enum.map_join(fn {w, i} -> if i < gaps, do: w <> String.duplicate(" ", base + if(i < extra, do: 1, else: 0)), else: w end)
    end
  end

  def caesar(s, k) do
    for <<c::utf8 <- s>>, into: "" do
      cond do
        c in ?a..?z -> <<rem(c - ?a + k + 26, 26) + ?a>>
        c in ?A..?Z -> <<rem(c - ?A + k + 26, 26) + ?A>>
        true -> <<c::utf8>>
      end
    end
  end

  def rle(s), do: s |> String.graphemes() |> Enum.chunk_by(& &1) |> Enum.map_join(fn [c | _] = g -> "#{length(g)}#{c}" end)
  def unrle(s), do: Regex.scan(~r/(\d+)(\D)/u, s) |> Enum.map_join(fn [_, n, c] -> String.duplicate(c, String.to_integer(n)) end)
  def palindrome?(s) do
    clean = s |> String.downcase() |> String.replace(~r/[^[:alnum:]]/u, "")
    clean == String.reverse(clean)
  end
  def anagrams(words), do: words |> Enum.group_by(&(&1 |> String.downcase() |> String.graphemes() |> Enum.sort())) |> Map.values() |> Enum.filter(&(length(&1) > 1)) |> Enum.sort()
end

IO.inspect(TextKit.slugify("Crème Brûlée & Café — Déjà Vu!"))
IO.inspect(TextKit.slugify("  Hello,   World 2024  "))
text = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs, then sphinx of black quartz, judge my vow."
lines = TextKit.wrap(text, 30)
Enum.each(lines, &IO.puts("|" <> String.pad_trailing(&1, 30) <> "|"))
Enum.each(lines, &IO.puts("|" <> TextKit.justify(&1, 30) <> "|"))
Enum.each(lines, &IO.puts("|" <> String.pad_leading(&1, 30) <> "|"))
IO.puts(TextKit.caesar("Hello, World! ünïcode", 3))
IO.puts(TextKit.caesar(TextKit.caesar("Round Trip", 13), 13))
IO.inspect(TextKit.rle("aaabccddddé é"), label: "rle")
IO.inspect(TextKit.unrle(TextKit.rle("zzzzzzzzzzzzyx")), label: "unrle")
IO.inspect(Enum.map(["A man, a plan, a canal: Panama", "hello", "Ésope reste ici et se repose"], &TextKit.palindrome?/1))
IO.inspect(TextKit.anagrams(~w(listen silent enlist google tinsel banana inlets)))
s = "naïve café 👩‍👩‍👧 ok"
IO.inspect({String.length(s), byte_size(s), length(String.codepoints(s))}, label: "sizes")
IO.inspect(String.graphemes(s) |> Enum.reverse() |> Enum.join(), label: "reversed")
IO.inspect(String.split_at(s, 6), label: "split_at")
IO.inspect(String.slice(s, 11..13), label: "slice")
IO.inspect(String.upcase("straße ǆ"), label: "upcase")
IO.inspect(String.capitalize("élan VITAL"), label: "capitalize")
IO.inspect(String.jaro_distance("martha", "marhta"), label: "jaro")
IO.inspect(String.myers_difference("kitten", "sitting"), label: "myers")
IO.inspect(String.bag_distance("abc", "abd"), label: "bag")
IO.inspect(String.starts_with?("elixir", ["erl", "eli"]), label: "starts")
IO.inspect(String.splitter("a,b,,c", [","]) |> Enum.to_list(), label: "splitter")
IO.inspect(String.replace_leading("0001200", "0", ""), label: "replace_leading")
IO.inspect(String.replace_suffix("file.tar.gz", ".gz", ".bz2"), label: "suffix")
IO.inspect(String.valid?(<<0xFF, 0x41>>), label: "valid?")
IO.inspect(String.chunk(<<?a, 0xFF, ?b, ?c>>, :valid), label: "chunk")
IO.inspect(String.printable?("tab\there"), label: "printable")
IO.inspect(:unicode.characters_to_nfc_binary("e\u0301"), label: "nfc")
IO.inspect("über" < "zebra", label: "compare")
IO.inspect(Enum.sort(~w(banana Apple cherry apple Banana), &(String.downcase(&1) <= String.downcase(&2))), label: "case-insensitive sort")
IO.inspect(String.to_charlist("héllo"), label: "charlist")
IO.inspect('héllo' |> List.to_string(), label: "to_string")
IO.inspect(inspect("quote\"s and \\ and \u0001 and \e"), label: "escaped")
IO.inspect(String.pad_leading("42", 6, "0ab"), label: "pad multi")
IO.inspect(String.trim_trailing("xx--==", "=-"), label: "trim chars?")
