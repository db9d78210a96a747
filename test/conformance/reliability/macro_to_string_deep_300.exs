# Macro.to_string of quoted code nested 300 deep, each kind of container (lists, tuples, calls,
# maps, keywords, fns, operators), and Code.format_string! of what it prints. beamlet printed the
# term itself instead (a catch hid its stack overflow) from about 400 levels, and took 116 s for
# maps 200 deep (a text laid out again at every width its ancestors tried). Shown by size, line
# count and md5, with the first lines of a few.
deep = fn n, wrap -> Enum.reduce(1..n, 1, fn _, acc -> wrap.(acc) end) end
show = fn label, s -> IO.puts("#{label}: #{byte_size(s)} bytes, #{length(String.split(s, "\n"))} lines, #{Base.encode16(:erlang.md5(s))}") end
kinds = [
  list: fn x -> [x] end,
  tuple: fn x -> quote(do: {unquote(x)}) end,
  call: fn x -> quote(do: f(unquote(x))) end,
  call2: fn x -> quote(do: f(unquote(x), 1)) end,
  remote: fn x -> quote(do: M.f(:a, unquote(x))) end,
  map: fn x -> quote(do: %{a: unquote(x)}) end,
  keyword: fn x -> [a: x] end,
  fn: fn x -> quote(do: fn -> unquote(x) end) end,
  op: fn x -> quote(do: 1 + unquote(x)) end
]
for {kind, wrap} <- kinds do
  text = Macro.to_string(deep.(300, wrap))
  show.("#{kind} to_string", text)
  show.("#{kind} format_string!", IO.iodata_to_binary(Code.format_string!(text)))
end
IO.puts(Macro.to_string(deep.(300, fn x -> [x] end)) |> String.split("\n") |> Enum.take(3) |> Enum.join("\n"))
text = Macro.to_string(deep.(300, fn x -> quote(do: %{a: unquote(x)}) end))
IO.puts(text |> String.split("\n") |> Enum.slice(45, 6) |> Enum.join("\n"))
