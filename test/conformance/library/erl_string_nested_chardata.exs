# :string on nested chardata (lists of binaries, charlists and nested lists, improper tails):
# OTP walks such input piece by piece and returns pieces of it; the shapes are printed.
inputs = [
  [["b", "é--.5", "a-b", 233], []],
  [97],
  ["e\u0301", ""],
  [],
  [[~c""], ["---\t", "x" | "1"], "1  "],
  [[], [~c"ab c"]],
  [["bé-"], [13, "\r\n", ~c"a-b" | "-\r\nb"]],
  [["\r\n  --", ~c"23"], " -", []],
  [[~c"ab c\n", "ab ce\u0301"], [~c"-\n1", 10 | "x"]],
  ["\n\t+4", [~c"ax", "é", ""], ["\n23"] | "--- "],
  [["a-b  ", ~c""]],
  [["\t23x", ~c"a--" | "ab c"], ["23", 45, 97, "23e\u0301"], 45, ["é👍b"]],
  [["23+4  " | "👍"]],
  [~c"--\t", "  .5x", ~c"\t23--", [""] | "\t👍23"],
  [~c"ab c.5\r\n"],
  [],
  [],
  [],
  [[~c"\n x", " e\u0301b", "\r\naa-b" | "23--"]],
  ["+4\r\n", ["a", "" | ""]],
  [["", "a-b", "" | "x\r\n--"], [13], ["a-b-"]],
  [[]],
  [["\n", 233], "\n👍", [], 98],
  [~c"b", " "],
  [["\né\n"], [32, "\nbb", 10, 13 | " 23b"]],
  [[], ["", "x.5é", "" | " "], ["23a-b"]],
  [],
  [[~c"é a-b", ~c"b23"], "-  " | "--.5"],
  [45, ["23ab c", "" | ""], ["", "xab c"]],
  [[]]
] ++ [
  ["  ab", "c  "], [~c"  a", "b c ", ~c" "], ["", [" ", ["x"]], " y ", ~c"  "],
  [?\s, ?a, "b ", [?c, ?\s]], ["ab", ?c | "de "], [" a" | " "], [?a | "bc"], ["ABC", ~c"DEF"]
]
ops = [
  {"trim", &:string.trim/1}, {"trim l", &:string.trim(&1, :leading)}, {"trim t", &:string.trim(&1, :trailing)},
  {"trim -", &:string.trim(&1, :both, ~c"-")}, {"trim a", &:string.trim(&1, :trailing, [?a])},
  {"chomp", &:string.chomp/1},
  {"split", &:string.split(&1, " ")}, {"split all", &:string.split(&1, " ", :all)}, {"split tr", &:string.split(&1, "a", :trailing)},
  {"split ab", &:string.split(&1, ~c"a", :all)}, {"split \\r\\n", &:string.split(&1, "\r\n", :all)},
  {"pad", &:string.pad(&1, 6, :both)}, {"slice", &:string.slice(&1, 1, 3)}, {"slice2", &:string.slice(&1, 2)},
  {"slice inf", &:string.slice(&1, 0, :infinity)},
  {"lexemes", &:string.lexemes(&1, ~c" -")}, {"lexemes crlf", &:string.lexemes(&1, [[?\r, ?\n], ?a])},
  {"nth", &:string.nth_lexeme(&1, 2, ~c" ")},
  {"replace", &:string.replace(&1, "a", "_", :all)}, {"replace tr", &:string.replace(&1, " ", "_", :trailing)},
  {"find", &:string.find(&1, "b")}, {"find tr", &:string.find(&1, " ", :trailing)},
  {"take", &:string.take(&1, ~c" a")}, {"take c", &:string.take(&1, ~c" ", true)},
  {"take t", &:string.take(&1, ~c" -", false, :trailing)}, {"take tc", &:string.take(&1, ~c"b", true, :trailing)},
  {"prefix", &:string.prefix(&1, "a")}, {"prefix2", &:string.prefix(&1, [" ", ?a])},
  {"next_g", &:string.next_grapheme/1}, {"next_cp", &:string.next_codepoint/1},
  {"upper", &:string.uppercase/1}, {"lower", &:string.lowercase/1}, {"title", &:string.titlecase/1},
  {"to_int", &:string.to_integer/1}, {"to_float", &:string.to_float/1},
  {"length", &:string.length/1}, {"reverse", &:string.reverse/1}, {"graphemes", &:string.to_graphemes/1},
  {"empty", &:string.is_empty/1}, {"equal", &:string.equal(&1, "ab")},
]
for {d, i} <- Enum.with_index(inputs) do
  IO.puts("#{i}: #{inspect(d)}")
  for {name, f} <- ops do
    r = try do
      inspect(f.(d))
    rescue
      e -> "raised " <> inspect(e.__struct__)
    end
    IO.puts("  #{name}: #{r}")
  end
end

