# IO.ANSI.format/format_fragment: emitting, unknown names raise; not emitting, atoms are dropped unread
IO.inspect(IO.ANSI.format(:x))
IO.inspect(IO.ANSI.format([:red, :bogus, "a"]))
IO.inspect(IO.ANSI.format_fragment([:x, "b"]))
IO.inspect(IO.ANSI.format([:red, "a"], true))
IO.inspect(IO.ANSI.format([:red, "a"], false))
IO.inspect(IO.ANSI.format_fragment([:red, "a"], true))
try do
  IO.ANSI.format([:bogus], true)
rescue
  e -> IO.inspect(e)
end
