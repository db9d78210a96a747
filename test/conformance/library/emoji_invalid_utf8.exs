# An emoji (an Extended_Pictographic code point, with any Extend marks after it) followed by
# invalid UTF-8 in the same binary: OTP 25's grapheme breaking fails there (unicode_util's
# gc_ext_pict/3 raises badarg in erlang:++/2), so :string.length/1, :string.to_graphemes/1,
# :string.next_grapheme/1, String.length/1 and String.graphemes/1 raise ArgumentError with those
# frames, on a binary or on code points ending in the binary. Elsewhere an invalid byte is a
# grapheme of its own for String's functions.
defmodule Show do
  def try_it(name, f) do
    IO.inspect(f.(), label: name)
  rescue
    e ->
      IO.puts("#{name}: #{inspect(e.__struct__)} #{inspect(Exception.message(e))}")
      IO.inspect(Enum.take(__STACKTRACE__, 4), label: "  frames")
  end
end

defmodule Cases do
  @emoji <<0xF0, 0x9F, 0x98, 0x80>>
  def length_list, do: :string.length([0x1F600 | <<255>>])
  def length_list_after_text, do: :string.length([?a, 0x1F600 | <<255, ?b>>])
  def length_list_with_mark, do: :string.length([?x, 0x2764, 0xFE0F | <<255>>])
  def length_list_two_bad_bytes, do: :string.length([?x, 0x2764 | <<255, 0x80>>])
  def length_binary, do: :string.length(<<"ab", @emoji, 255, "cd">>)
  def length_binary_heart, do: :string.length(<<0xE2, 0x9D, 0xA4, 255>>)
  def to_graphemes_list, do: :string.to_graphemes([?a, ?b | <<@emoji, 255, "cd">>])
  def to_graphemes_first, do: :string.to_graphemes(<<@emoji, 255>>)
  def next_grapheme_list, do: :string.next_grapheme([0x1F600 | <<255>>])
  def next_grapheme_binary, do: :string.next_grapheme(<<@emoji, 255>>)
  def string_length, do: String.length(<<"ab", @emoji, 255, "cd">>)
  def string_length_two_emoji, do: String.length(<<@emoji, @emoji, 255>>)
  def string_graphemes, do: String.graphemes(<<"abé", @emoji, 255, "cd">>)
  def string_graphemes_first, do: String.graphemes(<<@emoji, 255>>)
  # no emoji right before the bad byte: no failure
  def bad_byte_first, do: String.length(<<255, @emoji>>)
  def emoji_then_valid, do: String.graphemes(<<@emoji, "a", 255>>)
end

for {name, 0} <- Cases.__info__(:functions) do
  Show.try_it(name, fn -> apply(Cases, name, []) end)
end
