# Macro.to_string and Code.format_string! of maps and keyword lists nested 1,000 deep (Elixir 1.14:
# 5.9 MB of text each, every level two columns further in): beamlet stopped with SystemLimitError
# (re-indenting the text below at every level) or overflowed its stack (a map's value opened on
# the arrow's line was laid out again, unremembered, at every level). A keyword pair before
# another leaves a column for its comma (`a:\n  1,` where `a: 1,` passes the width by one).
# Shown by size and md5.
deep = fn n, wrap -> Enum.reduce(1..n, 1, fn _, acc -> wrap.(acc) end) end
show = fn label, s -> IO.puts("#{label}: #{byte_size(s)} bytes, #{length(String.split(s, "\n"))} lines, #{Base.encode16(:erlang.md5(s))}") end
kinds = [
  map: fn x -> quote(do: %{a: unquote(x)}) end,
  string_key_map: fn x -> quote(do: %{"k" => unquote(x)}) end,
  map_two_keys: fn x -> quote(do: %{a: 1, b: unquote(x)}) end,
  keywords: fn x -> [a: x] end,
  keywords_two: fn x -> [a: 1, b: x] end
]
for {kind, wrap} <- kinds do
  text = Macro.to_string(deep.(1000, wrap))
  show.("#{kind} to_string", text)
  if kind in [:string_key_map, :keywords_two], do: show.("#{kind} format_string!", IO.iodata_to_binary(Code.format_string!(text)))
end
