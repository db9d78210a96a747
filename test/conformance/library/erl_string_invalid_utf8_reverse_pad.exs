# :string.reverse/1 and :string.pad/2,3 of a binary with invalid UTF-8: OTP 25 raises
# {:badarg, Rest} (Rest: the binary from the bad byte on) in string.erl's reverse_1 (bad byte
# first) / reverse_b, and pad/4 in length/1's frames (length_1 / length_b) over its own line for
# each direction. After an emoji the grapheme walk fails in erlang:++/2 under gc_ext_pict/3
# instead. String.reverse/1 keeps such bytes and does not raise.
defmodule Show do
  def try_it(name, f) do
    IO.inspect(f.(), label: name)
  rescue
    e ->
      IO.puts("#{name}: #{inspect(e.__struct__)} #{inspect(Exception.message(e))}")
      IO.inspect(Enum.take(__STACKTRACE__, 3), label: "  frames")
  end
end

inputs = [
  {"start", <<255, "ab">>},
  {"middle", <<"a", 255, "b">>},
  {"end", <<"abc", 255>>},
  {"truncated", <<"é", 0xE2, 0x82>>},
  {"continuation", <<"ß", 0x80, "x">>},
  {"after_emoji", <<"a", 0xF0, 0x9F, 0x98, 0x80, 255>>},
  {"emoji_first", <<0xF0, 0x9F, 0x98, 0x80, 255>>},
  {"valid", "héllo"}
]

for {name, x} <- inputs do
  Show.try_it("reverse #{name}", fn -> :string.reverse(x) end)
  Show.try_it("pad #{name}", fn -> :string.pad(x, 7) end)
  Show.try_it("pad leading #{name}", fn -> :string.pad(x, 7, :leading) end)
  Show.try_it("pad both #{name}", fn -> :string.pad(x, 7, :both, ?*) end)
  Show.try_it("String.reverse #{name}", fn -> String.reverse(x) end)
end

:string.reverse(<<"xyz", 0xC0, 0xAF>>)
