defmodule :beamlet_string_replace do
  @moduledoc """
  String.replace/3,4 with a function as the replacement (the BIF hands over here: calling a fun
  is the library's job). Each match is replaced by what the fun returns (any iodata), as in
  Elixir 1.14; the empty pattern matches between graphemes.
  """

  def replace(subject, "", fun, options) do
    if Keyword.get(options, :global, true) do
      IO.iodata_to_binary([fun.("") | intersperse(subject, fun)])
    else
      IO.iodata_to_binary([fun.("") | subject])
    end
  end

  def replace(subject, pattern, fun, options) do
    matches =
      if Keyword.get(options, :global, true) do
        :binary.matches(subject, pattern)
      else
        case :binary.match(subject, pattern) do
          :nomatch -> []
          match -> [match]
        end
      end

    IO.iodata_to_binary(replace_matches(subject, matches, fun, 0))
  end

  defp intersperse(subject, fun) do
    case String.next_grapheme(subject) do
      {current, rest} -> [current, fun.("") | intersperse(rest, fun)]
      nil -> []
    end
  end

  defp replace_matches(subject, [], _fun, n), do: [binary_part(subject, n, byte_size(subject) - n)]

  defp replace_matches(subject, [{start, length} | matches], fun, n) do
    prefix = binary_part(subject, n, start - n)
    [prefix, fun.(binary_part(subject, start, length)) | replace_matches(subject, matches, fun, start + length)]
  end
end
