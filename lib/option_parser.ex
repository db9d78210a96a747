defmodule OptionParser do
  @moduledoc "Command-line switches: parse/parse!/parse_head/next, split and to_argv as in Elixir 1.14."

  defmodule ParseError do
    defexception [:message]
  end

  @types [:boolean, :count, :integer, :float, :string]
  @modifiers [:keep]

  # ---- parse ------------------------------------------------------------------------------------

  # (the lines of Elixir's calls, which a deprecation warning's or an error's frames show)
  def parse(argv, opts \\ []) when is_list(argv) and is_list(opts) do
    collect(argv, __at_line__(236, config(opts)), [], [], [], true)
  end

  def parse!(argv, opts \\ []) when is_list(argv) and is_list(opts) do
    case __at_line__(273, parse(argv, opts)) do
      {parsed, args, []} -> {parsed, args}
      {_, _, errors} -> __at_line__(275, raise(ParseError, errors_message(errors, opts)))
    end
  end

  def parse_head(argv, opts \\ []) when is_list(argv) and is_list(opts) do
    collect(argv, __at_line__(302, config(opts)), [], [], [], false)
  end

  def parse_head!(argv, opts \\ []) when is_list(argv) and is_list(opts) do
    case __at_line__(340, parse_head(argv, opts)) do
      {parsed, args, []} -> {parsed, args}
      {_, _, errors} -> __at_line__(342, raise(ParseError, errors_message(errors, opts)))
    end
  end

  def next(argv, opts \\ []) when is_list(argv) and is_list(opts) do
    step(argv, __at_line__(405, config(opts)))
  end

  # all? = true keeps going past plain arguments (parse); false stops at the first (parse_head)
  # (Elixir's do_parse/6, which frames name)
  @beamlet_shown_as {:do_parse, 6}
  defp collect([], _config, opts, args, invalid, _all?) do
    {Enum.reverse(opts), Enum.reverse(args), Enum.reverse(invalid)}
  end

  defp collect(argv, config, opts, args, invalid, all?) do
    case __at_line__(351, step(argv, config)) do
      {:ok, key, value, rest} ->
        kinds = List.wrap(Keyword.get(config.switches, key))
        collect(rest, config, store(opts, key, value, kinds), args, invalid, all?)

      {:invalid, original, value, rest} ->
        collect(rest, config, opts, args, [{original, value} | invalid], all?)

      # unknown switches are errors only in strict mode; otherwise they are dropped
      {:undefined, original, _value, rest} ->
        invalid = if config.strict?, do: [{original, nil} | invalid], else: invalid
        collect(rest, config, opts, args, invalid, all?)

      {:error, ["--" | rest]} ->
        {Enum.reverse(opts), Enum.reverse(args, rest), Enum.reverse(invalid)}

      {:error, [arg | rest] = remaining} ->
        if all? do
          collect(rest, config, opts, [arg | args], invalid, all?)
        else
          {Enum.reverse(opts), Enum.reverse(args, remaining), Enum.reverse(invalid)}
        end
    end
  end

  defp store(opts, key, value, kinds) do
    cond do
      :count in kinds -> Keyword.update(opts, key, value, &(&1 + 1))
      :keep in kinds -> [{key, value} | opts]
      true -> [{key, value} | Keyword.delete(opts, key)]
    end
  end

  # ---- one switch -------------------------------------------------------------------------------

  # (Elixir's next_with_config/2, which frames name)
  @beamlet_shown_as {:next_with_config, 2}
  defp step([], _config), do: {:error, []}
  defp step(["--" | _] = argv, _config), do: {:error, argv}
  defp step(["-" | _] = argv, _config), do: {:error, argv}
  defp step(["- " <> _ | _] = argv, _config), do: {:error, argv}

  defp step(["--" <> switch | rest], config) do
    {name, value} = split_value(switch)

    if String.contains?(name, "_") do
      {:undefined, "--" <> name, value, rest}
    else
      resolved(long_switch(name, config), value, "--" <> name, rest, config)
    end
  end

  defp step(["-" <> switch | rest] = argv, config) do
    {name, value} = split_value(switch)
    original = "-" <> name
    letters = String.graphemes(name)

    cond do
      value == nil and number?(original) ->
        {:error, argv}

      String.contains?(name, ["-", "_"]) ->
        {:undefined, original, value, rest}

      tl(letters) == [] ->
        resolved(short_alias(name, config), value, original, rest, config)

      true ->
        key = existing_key(name, config)
        target = config.aliases[key]

        if key && target do
          __at_line__(458, IO.warn("multi-letter aliases are deprecated, got: #{inspect(key)}"))
          resolved({:default, target}, value, original, rest, config)
        else
          step(expand_letters(letters, value) ++ rest, config)
        end
    end
  end

  defp step(argv, _config), do: {:error, argv}

  # -abc=1 is -a -b -c=1
  defp expand_letters(letters, value) do
    {last, init} = letters |> Enum.map(&("-" <> &1)) |> List.pop_at(-1)
    init ++ [if(value, do: last <> "=" <> value, else: last)]
  end

  defp resolved(:unknown, value, original, rest, _config) do
    {value, _kinds, rest} = take_value(value, [], rest)
    {:undefined, original, value, rest}
  end

  defp resolved({tag, key}, value, original, rest, config) do
    if config.strict? and not Keyword.has_key?(config.switches, key) do
      {:undefined, original, value, rest}
    else
      {kinds, value} =
        case tag do
          :negated when value != nil -> {[:invalid], value}
          :negated -> {List.wrap(config.switches[key]), false}
          :default -> {List.wrap(config.switches[key]), value}
        end

      {value, kinds, rest} = take_value(value, kinds, rest)

      case validate(value, kinds) do
        {:ok, parsed} -> {:ok, key, parsed, rest}
        :invalid -> {:invalid, original, value, rest}
      end
    end
  end

  defp long_switch("no-" <> negated = name, config) do
    key = existing_key(negated, config)

    cond do
      key && :boolean in List.wrap(config.switches[key]) -> {:negated, key}
      key = existing_key(name, config) -> {:default, key}
      true -> :unknown
    end
  end

  defp long_switch(name, config) do
    if key = existing_key(name, config), do: {:default, key}, else: :unknown
  end

  defp short_alias(letter, config) do
    if key = config.aliases[to_key(letter, config)], do: {:default, key}, else: :unknown
  end

  # a switch without =value takes the next argument unless that one looks like a switch
  defp take_value(nil, kinds, rest) do
    cond do
      :boolean in kinds -> {true, kinds, rest}
      :count in kinds -> {1, kinds, rest}
      value_follows?(rest) -> {hd(rest), kinds, tl(rest)}
      kinds == [] -> {true, kinds, rest}
      true -> {nil, [:invalid], rest}
    end
  end

  defp take_value(value, kinds, rest), do: {value, kinds, rest}

  defp value_follows?(["-" | _]), do: true
  defp value_follows?(["- " <> _ | _]), do: true
  defp value_follows?(["-" <> _ = arg | _]), do: number?(arg)
  defp value_follows?([]), do: false
  defp value_follows?(_), do: true

  defp validate(value, kinds) do
    cond do
      :invalid in kinds ->
        :invalid

      :boolean in kinds ->
        case value do
          v when v in [true, "true"] -> {:ok, true}
          v when v in [false, "false"] -> {:ok, false}
          _ -> :invalid
        end

      :count in kinds ->
        if value == 1, do: {:ok, 1}, else: :invalid

      :integer in kinds ->
        case Integer.parse(value) do
          {n, ""} -> {:ok, n}
          _ -> :invalid
        end

      :float in kinds ->
        case Float.parse(value) do
          {f, ""} -> {:ok, f}
          _ -> :invalid
        end

      true ->
        {:ok, value}
    end
  end

  defp split_value(switch) do
    case :binary.split(switch, "=") do
      [name] -> {name, nil}
      [name, value] -> {name, value}
    end
  end

  defp existing_key(name, config), do: to_key(String.replace(name, "-", "_"), config)

  defp to_key(name, %{allow_nonexistent_atoms?: true}), do: String.to_atom(name)

  defp to_key(name, _config) do
    String.to_existing_atom(name)
  rescue
    ArgumentError -> nil
  end

  defp number?(arg), do: match?({_, ""}, Float.parse(arg))

  # (Elixir's build_config/1: its frames name it, at the lines of its raise, checks and warning)
  @beamlet_shown_as {:build_config, 1}
  defp config(opts) do
    {switches, strict?} =
      cond do
        opts[:switches] && opts[:strict] ->
          __at_line__(601, raise(ArgumentError, ":switches and :strict cannot be given together"))

        switches = opts[:switches] ->
          {__at_line__(604, Enum.map(switches, &validate_switch/1)), false}

        strict = opts[:strict] ->
          {__at_line__(608, Enum.map(strict, &validate_switch/1)), true}

        true ->
          __at_line__(612, IO.warn("not passing the :switches or :strict option to OptionParser is deprecated"))
          {[], false}
      end

    %{
      aliases: opts[:aliases] || [],
      allow_nonexistent_atoms?: opts[:allow_nonexistent_atoms] || false,
      strict?: strict?,
      switches: switches
    }
  end

  @beamlet_frame_line 633
  defp validate_switch({_name, kinds} = switch) do
    bad = Enum.reject(List.wrap(kinds), &(&1 in @types or &1 in @modifiers))

    if bad != [] do
      raise ArgumentError, "invalid switch types/modifiers: " <> Enum.map_join(bad, ", ", &inspect/1)
    end

    switch
  end

  # ---- errors -----------------------------------------------------------------------------------

  defp errors_message(errors, opts) do
    types = opts[:switches] || opts[:strict]
    count = length(errors)
    noun = if count == 1, do: "error", else: "errors"
    "#{count} #{noun} found!\n" <> Enum.map_join(errors, "\n", &error_line(&1, opts, types))
  end

  defp error_line({option, nil}, opts, types) do
    if type = type_of(option, opts, types) do
      "#{option} : Missing argument of type #{type}"
    else
      case similar_switch(option, types) do
        nil -> "#{option} : Unknown option"
        similar -> "#{option} : Unknown option. Did you mean #{similar}?"
      end
    end
  end

  # the switch most like an unknown option (its name against the option's, past the dashes, by
  # Jaro distance above 0.8; the later one of equals), as Elixir suggests it
  defp similar_switch(option, types) do
    key = option |> String.trim_leading("-") |> String.replace("-", "_")

    {best, score} =
      Enum.reduce(types || [], {nil, 0.0}, fn {name, _}, {_, top} = acc ->
        name = Atom.to_string(name)
        score = String.jaro_distance(name, key)
        if score >= top, do: {name, score}, else: acc
      end)

    if best != nil and score > 0.8, do: "--" <> String.replace(best, "_", "-")
  end

  defp error_line({option, value}, opts, types) do
    "#{option} : Expected type #{type_of(option, opts, types)}, got #{inspect(value)}"
  end

  defp type_of(option, opts, types) do
    key = option |> String.trim_leading("-") |> String.replace("-", "_") |> to_key(%{})

    if target = opts[:aliases][key] do
      types[target]
    else
      types[key]
    end
  end

  # ---- to_argv / split --------------------------------------------------------------------------

  def to_argv(enum, opts \\ []) do
    switches = Keyword.get(opts, :switches, [])

    Enum.flat_map(enum, fn
      {_key, nil} -> []
      {key, true} -> [switch_text(key, "--")]
      {key, false} -> [switch_text(key, "--no-")]
      {key, value} -> value_argv(key, value, switches)
    end)
  end

  defp value_argv(key, value, switches) do
    if switches[key] == :count do
      List.duplicate(switch_text(key, "--"), value)
    else
      [switch_text(key, "--"), to_string(value)]
    end
  end

  defp switch_text(key, prefix) when is_atom(key) do
    prefix <> String.replace(Atom.to_string(key), "_", "-")
  end

  def split(string) when is_binary(string) do
    split_args(String.trim_leading(string, " "), "", [], nil)
  end

  # quote is nil outside quotes, ?" or ?' inside
  defp split_args(<<?\\, q, rest::binary>>, buf, acc, q), do: split_args(rest, <<buf::binary, q>>, acc, q)
  defp split_args(<<q, rest::binary>>, buf, acc, nil) when q in [?", ?'], do: split_args(rest, buf, acc, q)
  defp split_args(<<q, rest::binary>>, buf, acc, q), do: split_args(rest, buf, acc, nil)

  defp split_args(<<?\\, c, rest::binary>>, buf, acc, nil) when c in [?\s, ?', ?"],
    do: split_args(rest, <<buf::binary, c>>, acc, nil)

  defp split_args(<<?\s, rest::binary>>, buf, acc, nil),
    do: split_args(String.trim_leading(rest, " "), "", [buf | acc], nil)

  defp split_args(<<c, rest::binary>>, buf, acc, q), do: split_args(rest, <<buf::binary, c>>, acc, q)
  defp split_args(<<>>, "", acc, nil), do: Enum.reverse(acc)
  defp split_args(<<>>, buf, acc, nil), do: Enum.reverse([buf | acc])

  defp split_args(<<>>, _buf, _acc, q) do
    raise "argv string did not terminate properly, a #{<<q>>} was opened but never closed"
  end
end
