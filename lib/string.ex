defmodule String do
  @moduledoc "The language half of String; the first-order functions are BIFs (vm/bifs/elixir_string.ts)."

  def chunk(string, trait) when is_binary(string) and trait in [:valid, :printable] do
    case String.next_codepoint(string) do
      nil ->
        []

      {cp, _} ->
        pred = chunk_pred(trait)
        chunk_loop(string, [], "", pred.(cp), pred)
    end
  end

  defp chunk_pred(:valid), do: &String.valid?/1
  defp chunk_pred(:printable), do: &String.printable?/1

  defp chunk_loop(string, acc, chunk, flag, pred) do
    case String.next_codepoint(string) do
      nil ->
        case chunk do
          "" -> :lists.reverse(acc)
          _ -> :lists.reverse([chunk | acc])
        end

      {cp, rest} ->
        if pred.(cp) != flag do
          chunk_loop(rest, [chunk | acc], cp, not flag, pred)
        else
          chunk_loop(rest, acc, chunk <> cp, flag, pred)
        end
    end
  end

  def match?(string, regex) when is_binary(string), do: Regex.match?(regex, string)

  def splitter(string, pattern, options \\ []) when is_binary(string) do
    Stream.unfold({string, false}, fn
      :done ->
        nil

      {rest, _} ->
        case String.split(rest, pattern, parts: 2) do
          [part, tail] -> {part, {tail, true}}
          [part] -> {part, :done}
        end
    end)
    |> splitter_trim(Keyword.get(options, :trim, false))
  end

  defp splitter_trim(stream, false), do: stream
  defp splitter_trim(stream, true), do: Stream.reject(stream, &(&1 == ""))

  def bag_distance(string, string) when is_binary(string), do: 1.0

  def bag_distance(string1, string2) when is_binary(string1) and is_binary(string2) do
    {bag1, length1} = grapheme_bag(string1)
    {bag2, length2} = grapheme_bag(string2)
    1 - max(bag_difference(bag1, bag2), bag_difference(bag2, bag1)) / max(length1, length2)
  end

  defp grapheme_bag(string) do
    graphemes = String.graphemes(string)
    {Enum.frequencies(graphemes), length(graphemes)}
  end

  defp bag_difference(bag1, bag2) do
    Enum.reduce(bag1, 0, fn {g, n}, acc -> acc + max(n - Map.get(bag2, g, 0), 0) end)
  end

  def myers_difference(string1, string2) when is_binary(string1) and is_binary(string2) do
    graphemes1 = String.graphemes(string1)
    graphemes2 = String.graphemes(string2)

    for {kind, chars} <- List.myers_difference(graphemes1, graphemes2) do
      {kind, IO.iodata_to_binary(chars)}
    end
  end

  # deprecated in Elixir 1.14
  @doc false
  def to_char_list(string), do: String.to_charlist(string)
  @doc false
  def strip(string), do: String.trim(string)
  @doc false
  def strip(string, char) when is_integer(char), do: String.trim(string, <<char::utf8>>)
  @doc false
  def lstrip(string), do: String.trim_leading(string)
  @doc false
  def lstrip(string, char) when is_integer(char), do: String.trim_leading(string, <<char::utf8>>)
  @doc false
  def rstrip(string), do: String.trim_trailing(string)
  @doc false
  def rstrip(string, char) when is_integer(char), do: String.trim_trailing(string, <<char::utf8>>)
  @doc false
  def ljust(subject, len) when is_integer(len) and len >= 0, do: String.pad_trailing(subject, len)
  @doc false
  def ljust(subject, len, pad) when is_integer(pad) and is_integer(len) and len >= 0,
    do: String.pad_trailing(subject, len, <<pad::utf8>>)
  @doc false
  def rjust(subject, len) when is_integer(len) and len >= 0, do: String.pad_leading(subject, len)
  @doc false
  def rjust(subject, len, pad) when is_integer(pad) and is_integer(len) and len >= 0,
    do: String.pad_leading(subject, len, <<pad::utf8>>)
  @doc false
  def valid_character?(<<_::utf8>> = codepoint), do: String.valid?(codepoint)
  def valid_character?(_), do: false
  @doc false
  def next_grapheme_size(string) when is_binary(string) do
    case String.next_grapheme(string) do
      {char, rest} -> {byte_size(char), rest}
      nil -> nil
    end
  end

end
