# Elixir 1.14's formatter leaves a column for the comma after a keyword pair that another
# follows, in a call's keyword arguments as in a list or map: a pair that fits the width only
# without its comma breaks after its key (`a:\n  1,`); the last pair has no comma and stays.
# Macro.to_string and Code.format_string! of the same code.
deep = fn n, wrap -> Enum.reduce(1..n, 1, fn _, acc -> wrap.(acc) end) end
show = fn label, s -> IO.puts("#{label}: #{byte_size(s)} bytes, #{Base.encode16(:erlang.md5(s))}") end
for {kind, wrap} <- [call: fn x -> quote(do: f(a: 1, b: unquote(x))) end, list: fn x -> [a: 1, b: x] end, map: fn x -> quote(do: %{a: 1, b: unquote(x)}) end] do
  text = Macro.to_string(deep.(60, wrap))
  show.("#{kind} to_string", text)
  show.("#{kind} format_string!", IO.iodata_to_binary(Code.format_string!(text)))
end
long = String.duplicate("x", 88)
t = fn s -> IO.puts(Code.format_string!(s)); IO.puts("---") end
t.("f(#{long}: 1, b: 2)")
t.("f(\n  #{String.duplicate("x", 93)}: 1,\n  b: 2\n)")
t.("f(\n  b: 2,\n  #{String.duplicate("x", 93)}: 1\n)")
t.("[\n  #{String.duplicate("x", 93)}: 1,\n  b: 2\n]")
IO.puts(Macro.to_string({:f, [], [[{String.to_atom(String.duplicate("x", 93)), 1}, {:b, 2}]]}))
