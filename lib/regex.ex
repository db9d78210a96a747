defmodule Regex.CompileError do
  defexception message: "regex could not be compiled"
end

defmodule Regex do
  @moduledoc "Regular expressions on :re (vm/bifs/re.ts, beamlet's PCRE-semantics matcher)."

  defstruct re_pattern: nil, source: "", opts: "", re_version: ""

  @version {"8.44 2020-02-12", :little}

  def version, do: @version

  def compile(source, opts \\ "")

  def compile(source, opts) when is_binary(source), do: compile(source, opts, @version)

  # (options neither a string nor a list: no clause, Elixir's two blamed at line 195)
  @beamlet_def_line 195
  defp compile(source, opts, _version) when is_binary(opts) do
    case modifiers(opts, []) do
      {:error, _} = error -> error
      re_opts -> do_compile(source, opts, re_opts)
    end
  end

  defp compile(source, opts, _version) when is_list(opts) do
    do_compile(source, opts, opts)
  end

  defp do_compile(source, opts, re_opts) do
    case :re.compile(source, re_opts) do
      {:ok, re_pattern} ->
        {:ok, %Regex{re_pattern: re_pattern, re_version: @version, source: source, opts: opts}}

      error ->
        error
    end
  end

  defp modifiers(<<?i, rest::binary>>, acc), do: modifiers(rest, [:caseless | acc])
  defp modifiers(<<?x, rest::binary>>, acc), do: modifiers(rest, [:extended | acc])
  defp modifiers(<<?f, rest::binary>>, acc), do: modifiers(rest, [:firstline | acc])
  defp modifiers(<<?U, rest::binary>>, acc), do: modifiers(rest, [:ungreedy | acc])
  defp modifiers(<<?s, rest::binary>>, acc), do: modifiers(rest, [:dotall, {:newline, :anycrlf} | acc])
  defp modifiers(<<?m, rest::binary>>, acc), do: modifiers(rest, [:multiline | acc])
  defp modifiers(<<?u, rest::binary>>, acc), do: modifiers(rest, [:unicode, :ucp | acc])
  defp modifiers(<<>>, acc), do: :lists.reverse(acc)
  defp modifiers(rest, _acc), do: {:error, {:invalid_option, rest}}

  def compile!(source, options \\ "") when is_binary(source) do
    case __at_line__(229, compile(source, options)) do
      {:ok, regex} -> regex
      {:error, {reason, at}} -> __at_line__(231, raise(Regex.CompileError, "#{reason} at position #{at}"))
    end
  end

  def recompile(%Regex{} = regex) do
    if regex.re_version == @version do
      {:ok, regex}
    else
      compile(regex.source, regex.opts)
    end
  end

  def recompile!(%Regex{} = regex) do
    case recompile(regex) do
      {:ok, regex} -> regex
      {:error, {reason, at}} -> raise Regex.CompileError, "#{reason} at position #{at}"
    end
  end

  @doc false
  def regex?(term), do: is_struct(term, Regex)

  # every run goes through safe_run/3, as in Elixir 1.14: a failing :re.run shows its frame and
  # the caller's, at Elixir's lines
  def match?(%Regex{} = regex, string) when is_binary(string) do
    __at_line__(294, safe_run(regex, string, [{:capture, :none}])) == :match
  end

  def run(regex, string, options \\ [])

  def run(%Regex{} = regex, string, options) when is_binary(string) do
    return = Keyword.get(options, :return, :binary)
    captures = Keyword.get(options, :capture, :all)
    offset = Keyword.get(options, :offset, 0)

    case __at_line__(340, safe_run(regex, string, [{:capture, captures, return}, {:offset, offset}])) do
      :nomatch -> nil
      :match -> []
      {:match, results} -> results
    end
  end

  def named_captures(regex, string, options \\ []) when is_binary(string) do
    names = names(regex)
    options = Keyword.put(options, :capture, names)
    results = __at_line__(371, run(regex, string, options))
    if results, do: Enum.zip(names, results) |> Enum.into(%{})
  end

  def re_pattern(%Regex{re_pattern: re_pattern}), do: re_pattern
  def source(%Regex{source: source}), do: source
  def opts(%Regex{opts: opts}), do: opts

  # the compiled pattern, or its source for a regex compiled by another PCRE version
  @beamlet_frame_line 498
  defp safe_run(%Regex{re_pattern: compiled, re_version: @version}, string, options) do
    :re.run(string, compiled, options)
  end

  @beamlet_frame_line 498
  defp safe_run(%Regex{source: source, opts: opts}, string, options) do
    compile_opts = if is_binary(opts), do: modifiers(opts, []), else: opts
    :re.run(string, source, compile_opts ++ options)
  end

  def names(%Regex{re_pattern: re_pattern}) do
    {:namelist, names} = :re.inspect(re_pattern, :namelist)
    names
  end

  def scan(regex, string, options \\ [])

  def scan(%Regex{} = regex, string, options) when is_binary(string) do
    return = Keyword.get(options, :return, :binary)
    captures = Keyword.get(options, :capture, :all)
    offset = Keyword.get(options, :offset, 0)

    case __at_line__(485, safe_run(regex, string, [{:capture, captures, return}, :global, {:offset, offset}])) do
      :match -> []
      :nomatch -> []
      {:match, results} -> results
    end
  end

  def split(regex, string, opts \\ [])

  def split(%Regex{}, "", opts) do
    if Keyword.get(opts, :trim, false), do: [], else: [""]
  end

  def split(%Regex{} = regex, string, opts) when is_binary(string) and is_list(opts) do
    on = Keyword.get(opts, :on, :first)

    case __at_line__(567, safe_run(regex, string, [:global, {:capture, on}])) do
      {:match, matches} ->
        parts = __at_line__(569, parts_to_index(Keyword.get(opts, :parts, :infinity)))

        trim = Keyword.get(opts, :trim, false)
        captures = Keyword.get(opts, :include_captures, false)
        split_at(matches, string, 0, parts, trim, captures)

      :match ->
        [string]

      :nomatch ->
        [string]
    end
  end

  @beamlet_frame_line 582
  defp parts_to_index(:infinity), do: 0
  @beamlet_frame_line 583
  defp parts_to_index(n) when is_integer(n) and n > 0, do: n

  # matches: one list of {pos, len} per match (the captures chosen by :on); counter counts
  # down the parts still allowed (0: no limit)
  defp split_at(_, string, offset, _counter, true, _captures) when byte_size(string) <= offset, do: []

  defp split_at(_, string, offset, 1, _trim, _captures),
    do: [binary_part(string, offset, byte_size(string) - offset)]

  defp split_at([], string, offset, _counter, _trim, _captures),
    do: [binary_part(string, offset, byte_size(string) - offset)]

  defp split_at([[{pos, _} | more] | rest], string, offset, counter, trim, captures) when pos - offset < 0,
    do: split_at([more | rest], string, offset, counter, trim, captures)

  defp split_at([[] | rest], string, offset, counter, trim, captures),
    do: split_at(rest, string, offset, counter, trim, captures)

  defp split_at([[{pos, length} | more] | rest], string, offset, counter, trim, captures) do
    new_offset = pos + length
    keep = pos - offset
    part = binary_part(string, offset, keep)
    matched = binary_part(string, pos, length)

    cond do
      keep == 0 and trim ->
        tail = split_at([more | rest], string, new_offset, counter, trim, captures)
        if captures and length > 0, do: [matched | tail], else: tail

      captures ->
        [part, matched | split_at([more | rest], string, new_offset, counter - 1, trim, captures)]

      true ->
        [part | split_at([more | rest], string, new_offset, counter - 1, trim, captures)]
    end
  end

  def replace(regex, string, replacement, options \\ [])

  def replace(%Regex{} = regex, string, replacement, options)
      when is_binary(string) and is_list(options) do
    opts = if Keyword.get(options, :global) != false, do: [:global], else: []
    opts = [{:capture, :all, :index} | opts]

    case __at_line__(681, safe_run(regex, string, opts)) do
      :nomatch ->
        string

      # (the replacement is read once matched, in replace/4's own frame, as Elixir's)
      {:match, [first | _] = matches} when is_list(first) ->
        splice(matches, string, 0, replacer(__at_line__(686, precompile_replacement(replacement))), [])

      {:match, match} ->
        splice([match], string, 0, replacer(__at_line__(690, precompile_replacement(replacement))), [])
    end
  end

  defp replacer(fun) when is_function(fun) do
    {:arity, arity} = Function.info(fun, :arity)
    {:fun, fun, arity}
  end

  defp replacer(parts), do: {:parts, parts}

  defp splice([], string, offset, _replacer, acc) do
    IO.iodata_to_binary(:lists.reverse([binary_part(string, offset, byte_size(string) - offset) | acc]))
  end

  defp splice([[{pos, len} | _] = captures | rest], string, offset, replacer, acc) do
    before = binary_part(string, offset, pos - offset)
    new = replacement_for(replacer, captures, string)
    splice(rest, string, pos + len, replacer, [new, before | acc])
  end

  defp capture_text(captures, n, string) do
    case Enum.at(captures, n) do
      nil -> ""
      {-1, _} -> ""
      {pos, len} -> binary_part(string, pos, len)
    end
  end

  defp replacement_for({:parts, parts}, captures, string) do
    Enum.map(parts, fn
      n when is_integer(n) -> capture_text(captures, n, string)
      text -> text
    end)
  end

  defp replacement_for({:fun, fun, arity}, captures, string) do
    args = for n <- 0..(arity - 1)//1, do: capture_text(captures, n, string)
    apply(fun, args)
  end

  # "\\N", "\\g{N}" refer to captures, "\\\\" is a backslash: the parts, text and capture numbers.
  # As Elixir 1.14's, the walk recurses non-tail a piece at a time (a "\\g{" without digits and
  # "}" is a MatchError of what was read, "\\g{}" fails in List.to_integer/1), each kind of piece
  # at its own line
  # (a fun is the replacement as it is; anything else no clause, Elixir's six blamed at line 695)
  @beamlet_def_line 695
  defp precompile_replacement(fun) when is_function(fun), do: fun

  defp precompile_replacement(""), do: []

  defp precompile_replacement(<<?\\, ?g, ?{, rest::binary>>) when byte_size(rest) > 0 do
    __at_line__(703, {digits, <<?}, rest::binary>>} = leading_digits(rest, []))
    __at_line__(704, [List.to_integer(digits) | precompile_replacement(rest)])
  end

  defp precompile_replacement(<<?\\, ?\\, rest::binary>>),
    do: __at_line__(708, [<<?\\>> | precompile_replacement(rest)])

  defp precompile_replacement(<<?\\, d, rest::binary>>) when d in ?0..?9 do
    {digits, rest} = leading_digits(rest, [])
    __at_line__(713, [List.to_integer([d | digits]) | precompile_replacement(rest)])
  end

  defp precompile_replacement(<<c, rest::binary>>) do
    case __at_line__(717, precompile_replacement(rest)) do
      [text | more] when is_binary(text) -> [<<c, text::binary>> | more]
      more -> [<<c>> | more]
    end
  end

  defp leading_digits(<<d, rest::binary>>, ds) when d in ?0..?9, do: leading_digits(rest, [d | ds])
  defp leading_digits(rest, ds), do: {:lists.reverse(ds), rest}


  def escape(string) when is_binary(string) do
    for <<c <- string>>, into: "" do
      if c in '.^$*+?()[]{}|#-\\ \t\n\v\f\r', do: <<?\\, c>>, else: <<c>>
    end
  end

  @doc false
  def unescape_map(:newline), do: true
  def unescape_map(?f), do: ?\f
  def unescape_map(?n), do: ?\n
  def unescape_map(?r), do: ?\r
  def unescape_map(?t), do: ?\t
  def unescape_map(?v), do: ?\v
  def unescape_map(?a), do: ?\a
  def unescape_map(_), do: false
end
