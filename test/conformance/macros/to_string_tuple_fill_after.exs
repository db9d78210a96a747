# Macro.to_string of tuples nested in their first or middle element ({x, 1}, {x, 1, 2}): where
# the elements fill lines, the closing `}`s and the comma after them count against the 98
# columns, up to the next place a line may break. beamlet counted only the tuple's own `}`, so a
# line could end at column 99 with `1},` (first seen at 26 levels of {x, 1, 2}, 38 of {x, 1}; 200
# levels of {x, 1} gave 17,648 bytes where Elixir gives 17,727). Shown whole for small depths,
# by size and md5 for large ones, with Code.format_string! of each.
deep = fn n, wrap -> Enum.reduce(1..n, 1, fn _, acc -> wrap.(acc) end) end
show = fn label, s -> IO.puts("#{label}: #{byte_size(s)} bytes, #{length(String.split(s, "\n"))} lines, #{Base.encode16(:erlang.md5(s))}") end
kinds = [
  t2: fn x -> quote(do: {unquote(x), 1}) end,
  t3: fn x -> quote(do: {unquote(x), 1, 2}) end,
  t3_middle: fn x -> quote(do: {1, unquote(x), 2}) end,
  t2_last: fn x -> quote(do: {1, unquote(x)}) end
]
IO.puts(Macro.to_string(deep.(38, kinds[:t2])))
IO.puts(Macro.to_string(deep.(26, kinds[:t3])))
for {kind, wrap} <- kinds, n <- [26, 38, 41, 48, 60, 100, 200] do
  text = Macro.to_string(deep.(n, wrap))
  show.("#{kind} #{n} to_string", text)
  show.("#{kind} #{n} format_string!", IO.iodata_to_binary(Code.format_string!(text)))
end
