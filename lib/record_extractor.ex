defmodule Record.Extractor do
  @moduledoc false
  # Record.extract/2 and extract_all/1: reads the record definitions of an Erlang source or header
  # file (-record(name, {field = Default :: Type, ...}).) as the Erlang preprocessor would: comments
  # dropped, -define'd macros (without arguments) and ?MODULE substituted, -include'd files read
  # relative to the including one. Defaults are evaluated: literals, strings (charlists), binaries,
  # lists, tuples, maps, arithmetic and other records (#point{} or #point{x = 1}); a field
  # without a default is :undefined. The file is found as :code.where_is_file finds it: in the
  # current directory first ("./file.hrl").

  def extract(name, opts) do
    {file, records} = read(opts)

    case List.keyfind(records, name, 0) do
      {^name, fields} -> fields
      nil -> raise ArgumentError, "no record #{name} found at #{file}. Or the record does not exist or its entry is malformed or depends on other include files"
    end
  end

  def extract_all(opts) do
    {_file, records} = read(opts)
    records
  end

  defp read(from: file) when is_binary(file), do: read_file(locate(file))

  # beamlet has no OTP installation: kernel's and stdlib's headers come as their records, read
  # from real OTP 25 by scripts/regen-otp-records.exs (lib/record_otp_headers.ex)
  defp read(from_lib: file) when is_binary(file) do
    [app | rest] = Path.split(file)

    case Record.OtpHeaders.lib_dir(app) do
      :error ->
        raise ArgumentError, "lib file #{file} could not be found"

      {:ok, dir} ->
        path = Path.join([dir | rest])

        case Record.OtpHeaders.records(file) do
          {:ok, records} -> {path, records}
          :error -> raise "error parsing file #{path}, got: #{inspect({:error, :enoent})}"
        end
    end
  end

  defp locate(file) do
    if Path.type(file) == :relative and File.regular?(file), do: "./" <> file, else: file
  end

  defp read_file(file) do
    case File.read(file) do
      {:ok, text} ->
        state = %{macros: %{"MODULE" => [{:atom, :undefined}]}, records: []}
        state = forms(tokens(text), Path.dirname(file), state)
        {file, Enum.reverse(state.records)}

      {:error, reason} ->
        raise "error parsing file #{file}, got: #{inspect({:error, reason})}"
    end
  end

  # ---- forms -------------------------------------------------------------------------------

  defp forms([], _dir, state), do: state

  defp forms(tokens, dir, state) do
    {form, rest} = Enum.split_while(tokens, &(&1 != :dot))
    forms(Enum.drop(rest, 1), dir, form(form, dir, state))
  end

  defp form([{:punct, "-"}, {:atom, :define}, {:punct, "("}, {kind, name}, {:punct, ","} | body], _dir, state)
       when kind in [:atom, :var] do
    # a macro without arguments: its body is the tokens up to the closing parenthesis
    value = Enum.drop(body, -1)
    %{state | macros: Map.put(state.macros, to_string(name), value)}
  end

  defp form([{:punct, "-"}, {:atom, :include}, {:punct, "("}, {:string, path}, {:punct, ")"}], dir, state) do
    included = Path.join(dir, List.to_string(path))

    case File.read(included) do
      {:ok, text} -> forms(tokens(text), Path.dirname(included), state)
      {:error, _} -> state
    end
  end

  defp form([{:punct, "-"}, {:atom, :record}, {:punct, "("}, {:atom, name}, {:punct, ","} | body], _dir, state) do
    tokens = expand_macros(Enum.drop(body, -1), state.macros)

    case tokens do
      [{:punct, "{"} | fields_tokens] ->
        fields =
          fields_tokens
          |> Enum.drop(-1)
          |> split_top(",")
          |> Enum.reject(&(&1 == []))
          |> Enum.map(&field(&1, state))

        %{state | records: [{name, fields} | state.records]}

      _ ->
        state
    end
  end

  defp form(_other, _dir, state), do: state

  defp field([{:atom, key} | rest], state) do
    # a type after :: is not part of the value
    {value_tokens, _type} = Enum.split_while(rest, &(&1 != {:punct, "::"}))

    case value_tokens do
      [] -> {key, :undefined}
      [{:punct, "="} | expr] -> {key, eval(expr, state)}
    end
  end

  defp expand_macros([], _macros), do: []

  defp expand_macros([{:punct, "?"}, {kind, name} | rest], macros) when kind in [:atom, :var] do
    expand_macros(Map.get(macros, to_string(name), []), macros) ++ expand_macros(rest, macros)
  end

  defp expand_macros([token | rest], macros), do: [token | expand_macros(rest, macros)]

  # ---- evaluating defaults -----------------------------------------------------------------

  defp eval(tokens, state) do
    {value, []} = expr(tokens, state)
    value
  end

  # additive level: term (+|- term)*
  defp expr(tokens, state) do
    {left, rest} = term(tokens, state)
    additive(left, rest, state)
  end

  defp additive(left, [{:punct, op} | rest], state) when op in ["+", "-"] do
    {right, rest} = term(rest, state)
    additive(if(op == "+", do: left + right, else: left - right), rest, state)
  end

  defp additive(left, [{:atom, :bor} | rest], state) do
    {right, rest} = term(rest, state)
    additive(Bitwise.bor(left, right), rest, state)
  end

  defp additive(left, [{:atom, :bxor} | rest], state) do
    {right, rest} = term(rest, state)
    additive(Bitwise.bxor(left, right), rest, state)
  end

  defp additive(left, [{:punct, "++"} | rest], state) do
    {right, rest} = expr(rest, state)
    {left ++ right, rest}
  end

  defp additive(left, rest, _state), do: {left, rest}

  defp term(tokens, state) do
    {left, rest} = unary(tokens, state)
    multiplicative(left, rest, state)
  end

  defp multiplicative(left, [{:punct, op} | rest], state) when op in ["*", "/"] do
    {right, rest} = unary(rest, state)
    multiplicative(if(op == "*", do: left * right, else: left / right), rest, state)
  end

  defp multiplicative(left, [{:atom, op} | rest], state) when op in [:div, :rem, :band] do
    {right, rest} = unary(rest, state)

    value =
      case op do
        :div -> div(left, right)
        :rem -> rem(left, right)
        :band -> Bitwise.band(left, right)
      end

    multiplicative(value, rest, state)
  end

  defp multiplicative(left, rest, _state), do: {left, rest}

  defp unary([{:punct, "-"} | rest], state) do
    {value, rest} = unary(rest, state)
    {-value, rest}
  end

  defp unary([{:punct, "+"} | rest], state), do: unary(rest, state)
  defp unary(tokens, state), do: primary(tokens, state)

  defp primary([{:int, n} | rest], _state), do: {n, rest}
  defp primary([{:float, f} | rest], _state), do: {f, rest}

  defp primary([{:string, s} | rest], state) do
    # adjacent strings concatenate
    case rest do
      [{:string, _} | _] ->
        {more, rest} = primary(rest, state)
        {s ++ more, rest}

      _ ->
        {s, rest}
    end
  end

  defp primary([{:atom, a} | rest], _state), do: {a, rest}
  defp primary([{:punct, "("} | rest], state), do: close(expr(rest, state), ")")

  defp primary([{:punct, "{"} | rest], state) do
    {items, rest} = sequence(rest, "}", state)
    {List.to_tuple(items), rest}
  end

  defp primary([{:punct, "["} | rest], state), do: list(rest, state)

  defp primary([{:punct, "<<"} | rest], state) do
    {segments, rest} = sequence(rest, ">>", state)

    bin =
      Enum.reduce(segments, <<>>, fn
        s, acc when is_list(s) -> acc <> List.to_string(s)
        n, acc when is_integer(n) -> <<acc::binary, n>>
        b, acc when is_binary(b) -> acc <> b
      end)

    {bin, rest}
  end

  defp primary([{:punct, "#"}, {:punct, "{"} | rest], state) do
    {pairs, rest} = sequence(rest, "}", state)
    {Map.new(pairs), rest}
  end

  defp primary([{:punct, "#"}, {:atom, name}, {:punct, "{"} | rest], state) do
    {sets, rest} = sequence(rest, "}", state)

    fields =
      case List.keyfind(state.records, name, 0) do
        {^name, fields} -> fields
        nil -> raise ArgumentError, "record #{name} undefined"
      end

    values = Enum.map(fields, fn {key, default} -> Keyword.get(sets, key, default) end)
    {List.to_tuple([name | values]), rest}
  end

  defp list([{:punct, "]"} | rest], _state), do: {[], rest}

  defp list(tokens, state) do
    {head, rest} = element(tokens, state)

    case rest do
      [{:punct, ","} | rest] ->
        {tail, rest} = list(rest, state)
        {[head | tail], rest}

      [{:punct, "|"} | rest] ->
        {tail, rest} = expr(rest, state)
        close({[head | tail], rest}, "]")

      [{:punct, "]"} | rest] ->
        {[head], rest}
    end
  end

  # items up to `closer`, separated by commas; `key = value` (record fields) and `key => value`
  # (map pairs) come back as {key, value}
  defp sequence([{:punct, closer} | rest], closer, _state), do: {[], rest}

  defp sequence(tokens, closer, state) do
    {item, rest} = element(tokens, state)

    case rest do
      [{:punct, ","} | rest] ->
        {items, rest} = sequence(rest, closer, state)
        {[item | items], rest}

      [{:punct, ^closer} | rest] ->
        {[item], rest}
    end
  end

  defp element([{:atom, key}, {:punct, "="} | rest], state) do
    {value, rest} = expr(rest, state)
    {{key, value}, rest}
  end

  defp element(tokens, state) do
    {value, rest} = expr(tokens, state)

    case rest do
      [{:punct, "=>"} | rest] ->
        {v, rest} = expr(rest, state)
        {{value, v}, rest}

      # a binary segment's size or type is not kept: <<"raw">>, <<1, 2>>
      [{:punct, ":"}, _ | rest] ->
        {value, skip_type(rest)}

      [{:punct, "/"}, _ | rest] ->
        {value, skip_type(rest)}

      _ ->
        {value, rest}
    end
  end

  defp skip_type([{:punct, p}, _ | rest]) when p in ["/", "-"], do: skip_type(rest)
  defp skip_type(rest), do: rest

  defp close({value, [{:punct, closer} | rest]}, closer), do: {value, rest}

  # ---- tokens ------------------------------------------------------------------------------

  defp split_top(tokens, sep), do: split_top(tokens, sep, 0, [], [])

  defp split_top([], _sep, _depth, cur, acc), do: Enum.reverse([Enum.reverse(cur) | acc])

  defp split_top([{:punct, p} = t | rest], sep, depth, cur, acc) when p in ["(", "{", "[", "<<"],
    do: split_top(rest, sep, depth + 1, [t | cur], acc)

  defp split_top([{:punct, p} = t | rest], sep, depth, cur, acc) when p in [")", "}", "]", ">>"],
    do: split_top(rest, sep, depth - 1, [t | cur], acc)

  defp split_top([{:punct, sep} | rest], sep, 0, cur, acc), do: split_top(rest, sep, 0, [], [Enum.reverse(cur) | acc])
  defp split_top([t | rest], sep, depth, cur, acc), do: split_top(rest, sep, depth, [t | cur], acc)

  @puncts ["::", "=>", "<<", ">>", "++", "(", ")", "{", "}", "[", "]", ",", "=", "-", "+", "*", "/", "#", "?", "|", ":"]

  defp tokens(text), do: scan(String.to_charlist(text), [])

  defp scan([], acc), do: Enum.reverse(acc)
  defp scan([?% | rest], acc), do: scan(Enum.drop_while(rest, &(&1 != ?\n)), acc)
  defp scan([c | rest], acc) when c in [?\s, ?\t, ?\n, ?\r], do: scan(rest, acc)

  # a form ends at a dot followed by white space, a comment or the end
  defp scan([?. | rest], acc) when rest == [] or hd(rest) in [?\s, ?\t, ?\n, ?\r, ?%], do: scan(rest, [:dot | acc])

  defp scan([?" | rest], acc) do
    {chars, rest} = quoted(rest, ?", [])
    scan(rest, [{:string, chars} | acc])
  end

  defp scan([?' | rest], acc) do
    {chars, rest} = quoted(rest, ?', [])
    scan(rest, [{:atom, List.to_atom(chars)} | acc])
  end

  defp scan([?$, ?\\, c | rest], acc), do: scan(rest, [{:int, escape(c)} | acc])
  defp scan([?$, c | rest], acc), do: scan(rest, [{:int, c} | acc])

  defp scan([c | _] = chars, acc) when c in ?0..?9 do
    {digits, rest} = Enum.split_while(chars, &(&1 in ?0..?9 or &1 == ?_))
    digits = Enum.reject(digits, &(&1 == ?_))

    case rest do
      [?., d | _] when d in ?0..?9 ->
        {frac, rest} = Enum.split_while(tl(rest), &(&1 in ?0..?9 or &1 in [?e, ?E, ?-, ?+]))
        scan(rest, [{:float, List.to_float(digits ++ [?. | frac])} | acc])

      [?# | rest] ->
        base = List.to_integer(digits)
        {ds, rest} = Enum.split_while(rest, &(&1 in ?0..?9 or &1 in ?a..?z or &1 in ?A..?Z))
        scan(rest, [{:int, List.to_integer(ds, base)} | acc])

      _ ->
        scan(rest, [{:int, List.to_integer(digits)} | acc])
    end
  end

  defp scan([c | _] = chars, acc) when c in ?a..?z do
    {name, rest} = Enum.split_while(chars, &name_char?/1)
    scan(rest, [{:atom, List.to_atom(name)} | acc])
  end

  defp scan([c | _] = chars, acc) when c in ?A..?Z or c == ?_ do
    {name, rest} = Enum.split_while(chars, &name_char?/1)
    scan(rest, [{:var, List.to_atom(name)} | acc])
  end

  defp scan(chars, acc) do
    text = List.to_string(Enum.take(chars, 2))

    case Enum.find(@puncts, &String.starts_with?(text, &1)) do
      nil -> scan(tl(chars), acc)
      p -> scan(Enum.drop(chars, String.length(p)), [{:punct, p} | acc])
    end
  end

  defp name_char?(c), do: c in ?a..?z or c in ?A..?Z or c in ?0..?9 or c in [?_, ?@]

  defp quoted([q | rest], q, acc), do: {Enum.reverse(acc), rest}
  defp quoted([?\\, c | rest], q, acc), do: quoted(rest, q, [escape(c) | acc])
  defp quoted([c | rest], q, acc), do: quoted(rest, q, [c | acc])

  defp escape(?n), do: ?\n
  defp escape(?t), do: ?\t
  defp escape(?r), do: ?\r
  defp escape(?s), do: ?\s
  defp escape(?e), do: 27
  defp escape(?0), do: 0
  defp escape(c), do: c
end
