defmodule Text do
  def wrap(text, width) do
    text
    |> String.split()
    |> Enum.reduce([[]], fn word, [line | rest] ->
      len = line |> Enum.map(&String.length/1) |> Enum.sum() |> Kernel.+(length(line))
      if line != [] and len + String.length(word) > width, do: [[word], line | rest], else: [line ++ [word] | rest]
    end)
    |> Enum.reverse()
    |> Enum.map(&Enum.join(&1, " "))
  end

  def center(s, w), do: s |> String.pad_leading(div(w + String.length(s), 2)) |> String.pad_trailing(w)

  def box(lines) do
    w = lines |> Enum.map(&String.length/1) |> Enum.max()
    top = "┌" <> String.duplicate("─", w + 2) <> "┐"
    bottom = "└" <> String.duplicate("─", w + 2) <> "┘"
    Enum.join([top | Enum.map(lines, &("│ " <> String.pad_trailing(&1, w) <> " │"))] ++ [bottom], "\n")
  end
end

text = "The quick brown fox jumps over the lazy dog. Ça va? Über naïve café résumé — 日本語のテキスト emoji 👍🏽 done."
text |> Text.wrap(24) |> Text.box() |> IO.puts()
IO.puts("[" <> Text.center("title", 15) <> "]")
IO.inspect(String.length("👍🏽"))
IO.inspect(byte_size("👍🏽"))
IO.inspect(String.graphemes("e\u0301a"))
IO.inspect(String.codepoints("e\u0301"))
IO.inspect(String.normalize("e\u0301", :nfc) == "é")
IO.inspect(String.upcase("straße ǆ"))
IO.inspect(String.downcase("ÀÉÎ İ"))
IO.inspect(String.capitalize("élan vital"))
IO.inspect(String.upcase("héllo", :ascii))
IO.inspect(String.reverse("añ👍🏽b"))
IO.inspect(String.at("日本語", 1))
IO.inspect(String.split_at("héllo", 2))
IO.inspect(String.trim_leading("xxhixx", "x"))
IO.inspect(String.trim("\u00A0 hi \t\n"))
IO.inspect(String.replace_prefix("foobar", "foo", ""))
IO.inspect(String.replace_suffix("a.exs", ".exs", ".ex"))
IO.inspect(String.replace("a-b-c", "-", "+", global: false))
IO.inspect(String.split("a,b;c", [",", ";"]))
IO.inspect(String.splitter("a b  c", " ", trim: true) |> Enum.to_list())
IO.inspect(String.starts_with?("elixir", ["erl", "eli"]))
IO.inspect(String.contains?("elixir", ~w(x z)))
IO.inspect(String.to_charlist("héllo"))
IO.inspect(String.printable?("a\u0007"))
IO.inspect(String.duplicate("ab", 0))
IO.inspect(String.first(""))
IO.inspect(String.next_grapheme("👍🏽x"))
IO.inspect(String.slice("héllo", 1..-2))
IO.inspect(String.equivalent?("é", "e\u0301"))
IO.inspect("abc" |> String.to_charlist() |> Enum.map(&(&1 + 1)) |> List.to_string())
IO.inspect(~s(with "quotes" and \#{no interp}))
IO.inspect(~S(raw \n #{x}))
IO.inspect(~c(charlist #{1 + 1}))
IO.inspect(~w(a b c)a)
IO.inspect(?é)
IO.inspect("\x41\u{1F600}\s\e" |> String.to_charlist())
IO.inspect(<<"abc", 0>>)
IO.inspect("tab\there" <> "\r\n")
IO.inspect(String.pad_leading("7", 3, "0"))
IO.inspect(String.pad_trailing("ab", 7, "-="))
IO.inspect(inspect("ü", binaries: :as_binaries))
IO.inspect(String.Chars.to_string([?a, "bc", [?d]]))
IO.inspect(to_string(:atom) <> to_string(1.5) <> to_string(nil))
IO.inspect(Enum.join([1, :a, "s", 'c'], "|"))
IO.inspect("Ⅻ" =~ ~r/^\p{Nl}$/u)
