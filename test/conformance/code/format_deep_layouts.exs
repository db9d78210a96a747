# Macro.to_string and Code.format_string! of code nested 40, 150 and 1,000 deep, shown by size,
# lines and md5: binaries whose first segment is a binary (<<(<<x, 1>>), 1>>) fill their lines
# as the formatter's flex breaks do (beamlet printed the inner ones flat past the width); a chain
# of `=` puts one pattern a line under the first until the rest fits (beamlet indented each link
# further); if/case nested past 64 levels (where the parser reads a do/end block from a fresh
# stack) keep do/end (beamlet wrote the deep ones as `if a,\n do:\n x`)
deep = fn n, wrap -> Enum.reduce(1..n, quote(do: x), fn _, acc -> wrap.(acc) end) end
show = fn label, s -> IO.puts("#{label}: #{byte_size(s)} bytes, #{length(String.split(s, "\n"))} lines, #{Base.encode16(:erlang.md5(s))}") end
kinds = [
  bin: fn x -> quote(do: <<unquote(x), 1>>) end,
  eq: fn x -> quote(do: a = unquote(x)) end,
  if: fn x -> quote(do: if(a, do: unquote(x))) end,
  if_else: fn x -> quote(do: if(a, do: unquote(x), else: b)) end,
  case: fn x -> quote(do: case(a, do: (b -> unquote(x)))) end
]
for d <- [40, 150, 1000], {kind, wrap} <- kinds do
  text = Macro.to_string(deep.(d, wrap))
  show.("#{kind} #{d} to_string", text)
  show.("#{kind} #{d} format_string!", IO.iodata_to_binary(Code.format_string!(text)))
end
