# String.replace/3,4 with a function replacement: called with each match, its iodata spliced in.
IO.inspect(String.replace("a-b-c", "-", fn x -> "<" <> x <> ">" end))
IO.inspect(String.replace("aaa", "a", fn _ -> "b" end, global: false))
IO.inspect(String.replace("abc", ["a", "c"], fn x -> String.upcase(x) end))
IO.inspect(String.replace("abcabc", ["ab", "abc"], fn x -> "<#{x}>" end))
IO.inspect(String.replace("é́x", "", fn x -> "[#{x}]" end))
IO.inspect(String.replace("é́x", "", fn x -> "[#{x}]" end, global: false))
IO.inspect(String.replace("", "", fn _ -> "x" end))
IO.inspect(String.replace("aaa", "aa", fn x -> x |> String.length() |> to_string() end))
IO.inspect(String.replace("abc", "b", fn _ -> 'X' end))
IO.inspect(String.replace("hello world", "o", &String.upcase/1, global: false))
IO.inspect(String.replace("abc", ~r/b/, fn x -> x <> x end))

# templating: {{name}} placeholders filled from a map
template = "Dear {{name}}, your order {{order}} ships {{when}}."
values = %{"name" => "Ada", "order" => "#42", "when" => "today"}
keys = Enum.map(Map.keys(values), &"{{#{&1}}}")
IO.puts(String.replace(template, keys, fn key -> values[String.slice(key, 2..-3)] end))

# masking digits in a card number, counting replacements through the process dictionary
Process.put(:count, 0)
masked = String.replace("4111 1111 1111 1234", ["1", "4"], fn d ->
  Process.put(:count, Process.get(:count) + 1)
  if d == "4", do: "#", else: "*"
end)
IO.inspect({masked, Process.get(:count)})

try do
  String.replace("abc", "b", fn _ -> :not_iodata end)
rescue
  e -> IO.inspect(e.__struct__)
end

try do
  String.replace("abc", "b", fn _, _ -> "x" end)
rescue
  e -> IO.puts(Exception.format_banner(:error, e) |> String.split("\n") |> hd())
end
