# Macro.to_string of quoted code nested 1,000 deep (lists, tuples, calls, fns, operators) and
# Code.format_string! of some of what it prints: beamlet printed the term itself instead (a catch
# hid its stack overflow); it now prints deep nodes first from a fresh stack. Formatting the fns
# stopped with SystemLimitError (the parsed source's conversion recursed). Shown by size and md5.
deep = fn n, wrap -> Enum.reduce(1..n, 1, fn _, acc -> wrap.(acc) end) end
show = fn label, s -> IO.puts("#{label}: #{byte_size(s)} bytes, #{length(String.split(s, "\n"))} lines, #{Base.encode16(:erlang.md5(s))}") end
kinds = [
  list: fn x -> [x] end,
  tuple: fn x -> quote(do: {unquote(x)}) end,
  call: fn x -> quote(do: f(unquote(x))) end,
  call2: fn x -> quote(do: f(unquote(x), 1)) end,
  fn: fn x -> quote(do: fn -> unquote(x) end) end,
  op: fn x -> quote(do: 1 + unquote(x)) end
]
for {kind, wrap} <- kinds do
  text = Macro.to_string(deep.(1000, wrap))
  show.("#{kind} to_string", text)
  if kind in [:list, :call, :fn, :op], do: show.("#{kind} format_string!", IO.iodata_to_binary(Code.format_string!(text)))
end
