# An empty interpolation, #{}, in a string, an atom, a sigil, a charlist and a heredoc: Macro.to_string
# and Code.format_string! write nothing between the braces, as Elixir 1.14 (it holds an empty block)
IO.puts(Macro.to_string(quote do: "a#{}b"))
IO.puts(Macro.to_string(quote do: :"a#{}b"))
IO.puts(Macro.to_string(quote do: 'a#{}b'))

for source <- [
      ~S'IO.inspect("#{}")',
      ~S'x = "a#{}b#{1}"',
      ~S'x = :"a#{}b"',
      ~S'x = ~s(a#{}b)',
      ~S"x = 'a#{}b'",
      "x = \"\"\"\na\#{}b\n\"\"\""
    ] do
  IO.puts(IO.iodata_to_binary(Code.format_string!(source)))
end
