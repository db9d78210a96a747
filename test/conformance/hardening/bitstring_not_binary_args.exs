# A bitstring that is not whole bytes is no binary: functions whose clauses take a binary
# (is_binary guards, <<...::binary>> patterns) refuse it as they refuse an atom, with their frames
b = Process.get(:b, <<97, 98, 1::3>>)
fs = [
  {"String.length", &String.length/1}, {"String.upcase", &String.upcase/1}, {"String.downcase", &String.downcase/1},
  {"String.valid?", &String.valid?/1}, {"String.printable?", &String.printable?/1}, {"String.graphemes", &String.graphemes/1},
  {"String.codepoints", &String.codepoints/1}, {"String.reverse", &String.reverse/1}, {"String.trim", &String.trim/1},
  {"String.split", &String.split/1}, {"String.to_charlist", &String.to_charlist/1}, {"String.first", &String.first/1},
  {"String.to_atom", &String.to_atom/1}, {"String.to_integer", &String.to_integer/1}, {"String.capitalize", &String.capitalize/1},
  {"String.duplicate", &String.duplicate(&1, 2)}, {"String.slice", &String.slice(&1, 0, 1)}, {"String.contains?", &String.contains?(&1, "a")},
  {"String.starts_with?", &String.starts_with?(&1, "a")}, {"String.pad_leading", &String.pad_leading(&1, 5)}, {"String.replace", &String.replace(&1, "a", "b")},
  {"String.at", &String.at(&1, 0)}, {"String.equivalent?", &String.equivalent?(&1, "a")}, {"String.jaro", &String.jaro_distance(&1, "a")},
  {"String.normalize", &String.normalize(&1, :nfc)}, {"String.bag", &String.bag_distance(&1, "a")}, {"String.next_grapheme", &String.next_grapheme/1},
  {"String.Chars", &to_string/1}, {"IO.iodata_to_binary", &IO.iodata_to_binary/1}, {"IO.iodata_length", &IO.iodata_length/1},
  {"Base.encode64", &Base.encode64/1}, {"Base.decode16", &Base.decode16/1}, {"Base.url_encode64", &Base.url_encode64/1},
  {":binary.bin_to_list", &:binary.bin_to_list/1}, {":binary.first", &:binary.first/1}, {":binary.part", &:binary.part(&1, 0, 1)},
  {":binary.split", &:binary.split(&1, "a")}, {":binary.match", &:binary.match(&1, "a")}, {"byte_size", &byte_size/1},
  {"binary_part", &binary_part(&1, 0, 1)}, {":erlang.binary_to_list", &:erlang.binary_to_list/1}, {"Integer.parse", &Integer.parse/1},
  {"Float.parse", &Float.parse/1}, {"Regex.match?", &Regex.match?(~r/a/, &1)}, {"URI.parse", &URI.parse/1}, {"Path.basename", &Path.basename/1},
  {"inspect", &inspect/1}, {"String.split_at", &String.split_at(&1, 1)}, {"String.myers", &String.myers_difference(&1, "a")},
  {":unicode.characters_to_list", &:unicode.characters_to_list/1}, {":unicode.characters_to_binary", &:unicode.characters_to_binary/1},
  {"List.to_string", &List.to_string([&1])}, {"Enum.join", &Enum.join([&1, "a"])}, {"<>", &("x" <> &1)}, {"interp", &"#{&1}"},
  {":erlang.binary_to_atom", &:erlang.binary_to_atom/1}, {":crypto?", &:erlang.phash2/1}, {"String.to_existing_atom", &String.to_existing_atom/1},
  {"Atom?", &String.to_charlist/1}, {"Keyword?", &Macro.underscore/1}, {"Macro.camelize", &Macro.camelize/1}, {"String.split_by", &String.split(&1, "", parts: 2)},
]
for {name, f} <- fs do
  r = try do {:ok, f.(b)} rescue e -> {:raised, e.__struct__, Exception.message(e) |> String.slice(0, 120)} catch k, v -> {k, v} end
  IO.puts("#{name}: #{inspect(r)}")
end
for x <- [:a, <<1::1>>, <<"1", 1::3>>, <<"-1", 1::3>>, "1.5x"] do
  for f <- [&Float.parse/1, &Integer.parse/1, &String.to_atom/1, &String.to_existing_atom/1, &Path.basename/1] do
    try do IO.inspect(f.(x)) rescue e -> IO.inspect({e, Enum.take(__STACKTRACE__, 2)}) end
  end
end
