# Macro.to_string / Code.format_string! of a map with a map (or list) as key, %{%{...} => 1},
# nested: a key too long for its line on its own breaks, and the value follows its last line
# (`} => 1`) when it fits there, else goes under it; a list value opens there (`} => [`).
# beamlet never broke the key map (its line went past 98 columns from 13 levels), and
# Code.format_string! kept a key opened on lines of its own as it came, without laying it out.
deep = fn n, wrap -> Enum.reduce(1..n, 1, fn _, acc -> wrap.(acc) end) end
show = fn label, s -> IO.puts("#{label}: #{byte_size(s)} bytes, #{length(String.split(s, "\n"))} lines, #{Base.encode16(:erlang.md5(s))}") end
kinds = [
  map_key: fn x -> quote(do: %{unquote(x) => 1}) end,
  list_key: fn x -> quote(do: %{[unquote(x), 2] => :value}) end,
  map_key_list_value: fn x -> quote(do: %{unquote(x) => [1, 2], a: 1}) end
]
IO.puts(Macro.to_string(deep.(13, kinds[:map_key])))
IO.puts(Macro.to_string(deep.(16, kinds[:map_key_list_value])))
for {kind, wrap} <- kinds, n <- [13, 20, 30, 45, 48, 75, 100] do
  text = Macro.to_string(deep.(n, wrap))
  show.("#{kind} #{n} to_string", text)
  show.("#{kind} #{n} format_string!", IO.iodata_to_binary(Code.format_string!(text)))
end
