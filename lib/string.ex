defmodule String do
  @moduledoc """
  Functions for strings: UTF-8 encoded binaries. They work on graphemes (what a reader sees as one
  character), so `String.length("é")` is 1 while `byte_size("é")` is 2.

      iex> String.upcase("hello")
      "HELLO"
      iex> String.split("a b c")
      ["a", "b", "c"]
  """
  # The language half of String; the first-order functions are BIFs (vm/bifs/elixir_string.ts).

  # "" is [] whatever the trait, as Elixir's first clause
  def chunk("", _), do: []

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

  # String.replace/4 with the deprecated :insert_replaced option (the BIF hands over here): it
  # warns at Elixir's line, then :binary.replace/4 does the work, global unless global: false
  @doc false
  @beamlet_shown_as {:replace_guarded, 4}
  def __replace_insert_replaced__(subject, pattern, replacement, options, insert) do
    __at_line__(1559, IO.warn("String.replace/4 with :insert_replaced option is deprecated. " <>
      "Please use :binary.replace/4 instead or pass an anonymous function as replacement"))
    binary_options = if Keyword.get(options, :global) != false, do: [:global], else: []
    __at_line__(1565, :binary.replace(subject, pattern, replacement, [insert_replaced: insert] ++ binary_options))
  end

  # String.starts_with?/2 given a compiled pattern (a BIF otherwise, vm/bifs/elixir_string.ts):
  # deprecated in 1.14, it warns at Elixir's line, then looks for the pattern at the start
  @doc false
  @beamlet_shown_as {:starts_with?, 2}
  def __starts_with_compiled__(string, pattern) do
    __at_line__(2356, IO.warn("compiled patterns are deprecated in starts_with?"))
    case __at_line__(2357, :binary.match(string, pattern)) do
      {0, _} -> true
      _ -> false
    end
  end

  def splitter(string, pattern, options \\ [])

  # the empty pattern splits between graphemes, with an empty piece at each end unless trimmed
  def splitter(string, "", options) when is_binary(string) and is_list(options) do
    if Keyword.get(options, :trim, false) do
      Stream.unfold(string, &String.next_grapheme/1)
    else
      Stream.unfold(:start, fn
        :start -> {"", string}
        :done -> nil
        "" -> {"", :done}
        rest -> String.next_grapheme(rest)
      end)
    end
  end

  def splitter(string, [], options) when is_binary(string) and is_list(options) do
    empty? = string == "" and Keyword.get(options, :trim, false)
    Stream.unfold(empty?, fn
      false -> {string, true}
      true -> nil
    end)
  end

  # a pattern is compiled up front, so a bad one ([""] among them) fails at once
  def splitter(string, pattern, options) when is_binary(string) and is_list(options) do
    compiled = __at_line__(601, maybe_compile_pattern(pattern))
    trim = Keyword.get(options, :trim, false)
    Stream.unfold(string, &splitter_next(&1, compiled, trim))
  end

  # (Elixir's frame for a pattern :binary.compile_pattern/1 refuses)
  defp maybe_compile_pattern(pattern) when is_tuple(pattern), do: pattern
  defp maybe_compile_pattern(pattern), do: __at_line__(624, :binary.compile_pattern(pattern))

  defp splitter_next(:done, _pattern, _trim), do: nil
  defp splitter_next("", _pattern, false), do: {"", :done}
  defp splitter_next("", _pattern, true), do: nil

  defp splitter_next(rest, pattern, trim) do
    case :binary.split(rest, pattern) do
      ["", tail] when trim -> splitter_next(tail, pattern, trim)
      [piece, tail] -> {piece, tail}
      [piece] -> {piece, :done}
    end
  end

  # (either string empty: 0.0, even both, as Elixir 1.14's first two clauses)
  def bag_distance(_string, ""), do: 0.0
  def bag_distance("", _string), do: 0.0

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


  # The functions the VM implements natively (vm/bifs/): only their docs are written here,
  # a bodiless head each (its defaults give no clause the VM's own function does not shadow)

  @doc """
  The grapheme at `position` (negative counts from the end), or `nil` past either end.

  ## Examples

      iex> String.at("elixir", 0)
      "e"
      iex> String.at("elixir", -1)
      "r"
      iex> String.at("elixir", 10)
      nil
  """
  @spec at(t(), integer()) :: grapheme() | nil
  def at(string, position)

  @doc """
  The first grapheme in upper case and the rest in lower case.

  ## Examples

      iex> String.capitalize("hELLO world")
      "Hello world"
  """
  @spec capitalize(t(), :default | :ascii | :greek | :turkic) :: t()
  def capitalize(string, mode \\ :default)

  @doc """
  True when `string` contains `contents`, or any of them when given a list.

  ## Examples

      iex> String.contains?("elixir of life", "of")
      true
      iex> String.contains?("elixir", ["x", "z"])
      true
  """
  @spec contains?(t(), [t()] | pattern()) :: boolean()
  def contains?(string, contents)

  @doc """
  The string in lower case (Unicode aware; `:ascii` mode changes only A-Z).

  ## Examples

      iex> String.downcase("ÁRVORE")
      "árvore"
      iex> String.downcase("ÁRVORE", :ascii)
      "Árvore"
  """
  @spec downcase(t(), :default | :ascii | :greek | :turkic) :: t()
  def downcase(string, mode \\ :default)

  @doc """
  The string repeated `n` times.

  ## Examples

      iex> String.duplicate("ab", 3)
      "ababab"
  """
  @spec duplicate(t(), non_neg_integer()) :: t()
  def duplicate(subject, n)

  @doc """
  True when `string` ends with `suffix`, or with any of them when given a list.

  ## Examples

      iex> String.ends_with?("report.txt", [".md", ".txt"])
      true
  """
  @spec ends_with?(t(), t() | [t()]) :: boolean()
  def ends_with?(string, suffix)

  @doc """
  The string cut into its Unicode graphemes (user-perceived characters).

  ## Examples

      iex> String.graphemes("añb")
      ["a", "ñ", "b"]
  """
  @spec graphemes(t()) :: [grapheme()]
  def graphemes(string)

  @doc """
  The number of graphemes (not bytes) in the string.

  ## Examples

      iex> String.length("héllo")
      5
      iex> byte_size("héllo")
      6
  """
  @spec length(t()) :: non_neg_integer()
  def length(string)

  @doc """
  Pads the string on the left with `padding` (a space unless given) until it is `count`
  graphemes long.

  ## Examples

      iex> String.pad_leading("7", 3, "0")
      "007"
      iex> String.pad_leading("abc", 2)
      "abc"
  """
  @spec pad_leading(t(), non_neg_integer(), t() | [t()]) :: t()
  def pad_leading(string, count, padding \\ [" "])

  @doc """
  Pads the string on the right with `padding` (a space unless given) until it is `count`
  graphemes long.

  ## Examples

      iex> String.pad_trailing("ab", 4, ".")
      "ab.."
  """
  @spec pad_trailing(t(), non_neg_integer(), t() | [t()]) :: t()
  def pad_trailing(string, count, padding \\ [" "])

  @doc """
  Replaces the occurrences of `pattern` (a string, a list of strings or a regex) with
  `replacement`, all of them unless `global: false` is given. `replacement` may be a function of
  the match.

  ## Examples

      iex> String.replace("a-b-c", "-", "+")
      "a+b+c"
      iex> String.replace("a-b-c", "-", "+", global: false)
      "a+b-c"
      iex> String.replace("abc", ~r/[ac]/, &String.upcase/1)
      "AbC"
  """
  @spec replace(t(), pattern() | Regex.t(), t() | (t() -> t() | iodata()), keyword()) :: t()
  def replace(subject, pattern, replacement, options \\ [])

  @doc """
  The graphemes of the string in reverse order.

  ## Examples

      iex> String.reverse("stressed")
      "desserts"
  """
  @spec reverse(t()) :: t()
  def reverse(string)

  @doc """
  The graphemes at the positions of `range` (negative indexes count from the end).

  ## Examples

      iex> String.slice("elixir", 1..3)
      "lix"
      iex> String.slice("elixir", -3..-1)
      "xir"
  """
  @spec slice(t(), Range.t()) :: t()
  def slice(string, range)

  @doc """
  `length` graphemes starting at `start`.

  ## Examples

      iex> String.slice("elixir", 2, 3)
      "ixi"
  """
  @spec slice(t(), integer(), non_neg_integer()) :: grapheme()
  def slice(string, start, length)

  @doc """
  Splits at runs of Unicode whitespace, ignoring leading and trailing whitespace.

  ## Examples

      iex> String.split("  one two\tthree\n")
      ["one", "two", "three"]
  """
  @spec split(t()) :: [t()]
  @doc delegate_to: {:"Elixir.String.Break", :split, 1}
  def split(binary)

  @doc """
  Splits `string` at each occurrence of `pattern` (a string, a list of strings or a regex).
  Options: `parts:` (the most pieces to return) and `trim: true` (drop empty pieces).

  ## Examples

      iex> String.split("a,b,,c", ",")
      ["a", "b", "", "c"]
      iex> String.split("a,b,,c", ",", trim: true)
      ["a", "b", "c"]
      iex> String.split("a,b,c", ",", parts: 2)
      ["a", "b,c"]
  """
  @spec split(t(), pattern() | Regex.t(), keyword()) :: [t()]
  def split(string, pattern, options \\ [])

  @doc """
  True when `string` starts with `prefix`, or with any of them when given a list.

  ## Examples

      iex> String.starts_with?("elixir", "eli")
      true
  """
  @spec starts_with?(t(), t() | [t()]) :: boolean()
  def starts_with?(string, prefix)

  @doc """
  The atom whose name is the string (it creates the atom if needed; atoms are never freed, so
  avoid this on input you do not control).

  ## Examples

      iex> String.to_atom("ok")
      :ok
  """
  @spec to_atom(t()) :: atom()
  def to_atom(string)

  @doc """
  The float the string writes; raises `ArgumentError` unless the whole string is a float.

  ## Examples

      iex> String.to_float("2.5")
      2.5
  """
  @spec to_float(t()) :: float()
  def to_float(string)

  @doc """
  The integer the string writes in base 10; raises `ArgumentError` otherwise.

  ## Examples

      iex> String.to_integer("-42")
      -42
  """
  @spec to_integer(t()) :: integer()
  def to_integer(string)

  @doc """
  The integer the string writes in `base` (2 to 36).

  ## Examples

      iex> String.to_integer("ff", 16)
      255
  """
  @spec to_integer(t(), 2..36) :: integer()
  def to_integer(string, base)

  @doc """
  The string without leading and trailing Unicode whitespace.

  ## Examples

      iex> String.trim("\n  hi \t")
      "hi"
  """
  @spec trim(t()) :: t()
  def trim(string)

  @doc """
  The string without leading and trailing occurrences of `to_trim`.

  ## Examples

      iex> String.trim("--hi--", "-")
      "hi"
  """
  @spec trim(t(), t()) :: t()
  def trim(string, to_trim)

  @doc """
  The string in upper case (Unicode aware; `:ascii` mode changes only a-z).

  ## Examples

      iex> String.upcase("straße")
      "STRASSE"
  """
  @spec upcase(t(), :default | :ascii | :greek | :turkic) :: t()
  def upcase(string, mode \\ :default)
end
