# Macro.to_string of a keyword list nested 10,000 deep: 597 MB in Elixir 1.14, past the longest
# string V8 makes (2^29 - 24 characters), where beamlet stopped with SystemLimitError; the BIF
# now writes the text's indentation straight into the binary's bytes. Shown by size and md5.
deep = fn n, wrap -> Enum.reduce(1..n, 1, fn _, acc -> wrap.(acc) end) end
text = Macro.to_string(deep.(10_000, fn x -> [a: x] end))
IO.puts("keywords to_string: #{byte_size(text)} bytes, #{Base.encode16(:erlang.md5(text))}")
