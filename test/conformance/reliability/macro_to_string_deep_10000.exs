# Macro.to_string of a list nested 10,000 deep: 200 MB of text in Elixir 1.14 (each level two
# columns further in). beamlet once laid text out as strings, each level re-indenting the text
# below it (work of depth x output: it stopped with SystemLimitError); a nested text now keeps
# marks where its indentation opens and closes, written out once at the end. Shown by size and md5.
deep = fn n, wrap -> Enum.reduce(1..n, 1, fn _, acc -> wrap.(acc) end) end
text = Macro.to_string(deep.(10_000, fn x -> [x] end))
IO.puts("list to_string: #{byte_size(text)} bytes, #{Base.encode16(:erlang.md5(text))}")
