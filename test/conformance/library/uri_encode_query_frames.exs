# URI.encode_query/2 encodes each pair in a clause per encoding at Elixir 1.14's lines
# (lib/uri.ex:148 :rfc3986, 153 :www_form): a key or value with no String.Chars fails under it,
# an unknown encoding matches no clause of URI.encode_kv_pair/2
bad = [
  {"map value", fn -> URI.encode_query(%{a: %{}}) end},
  {"rfc3986 key", fn -> URI.encode_query([{%{}, 1}], :rfc3986) end},
  {"unknown encoding", fn -> URI.encode_query([a: 1], :foo) end},
  {"tuple value", fn -> URI.encode_query([{1, {}}], :www_form) end},
  {"list value", fn -> URI.encode_query([a: [1]]) end}
]

for {label, f} <- bad do
  try do
    IO.inspect(f.(), label: label)
  rescue
    e ->
      IO.puts("#{label}: #{inspect(e.__struct__)}: #{Exception.message(e) |> String.split("\n") |> hd}")
      for entry <- Enum.take_while(__STACKTRACE__, &(elem(&1, 0) != :elixir_compiler_0)), do: IO.inspect(entry)
  end
end

IO.puts(URI.encode_query([{"a b", "c&d"}, {:x, 1.5}], :rfc3986))
IO.puts(URI.encode_query(%{"a b" => "é", "k" => :v}))
