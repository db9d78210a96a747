# :string.length/1 and :string.to_graphemes/1 of a binary with invalid UTF-8 (a byte that starts
# no valid sequence, a truncated sequence, a stray continuation byte) at its start, middle or end:
# OTP 25's grapheme walk raises {:badarg, Rest}, Rest the binary from the bad byte on, so
# ArgumentError "argument error: <<...>>" in string.erl's length_1 (bad byte first) / length_b or
# to_graphemes/1 (132, and 130 under it when something came before). Elixir's String.length/1
# and String.graphemes/1 count such a byte as a grapheme of its own and do not raise.
defmodule Show do
  def try_it(name, f) do
    IO.inspect(f.(), label: name)
  rescue
    e ->
      IO.puts("#{name}: #{inspect(e.__struct__)} #{inspect(Exception.message(e))}")
      IO.inspect(Enum.take(__STACKTRACE__, 2), label: "  frames")
  end
end

inputs = [
  {"start", <<255, "ab">>},
  {"middle", <<"a", 255, "b">>},
  {"end", <<"ab", 255>>},
  {"only", <<255>>},
  {"truncated", <<"a", 0xC3>>},
  {"continuation", <<"é", 0x80, "x">>},
  {"after_mark", <<"e", 0xCC, 0x81, 0xFE, "z">>},
  {"after_hangul", <<"한", 0xF5>>},
  {"surrogate", <<"a", 0xED, 0xA0, 0x80>>},
  {"valid", "héllo"}
]

for {name, x} <- inputs do
  Show.try_it("length #{name}", fn -> :string.length(x) end)
  Show.try_it("to_graphemes #{name}", fn -> :string.to_graphemes(x) end)
  Show.try_it("String.length #{name}", fn -> String.length(x) end)
  Show.try_it("String.graphemes #{name}", fn -> String.graphemes(x) end)
end

# uncaught: the error as elixir prints it
:string.length(<<"abc", 0xFF, "def">>)
