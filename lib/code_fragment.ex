# Code.Fragment.cursor_context/2: what the code before a cursor is about to become (an alias, a
# remote call, a local, an operator...), read backwards from the cursor over the text's last line,
# as Elixir 1.14 answers it. The line is reversed once; each reader takes the reversed text left of
# what it looked at and answers a context. surround_context/3: the same of the name or operator at
# a position of complete code, with where it begins and ends.
defmodule Code.Fragment do
  @moduledoc false

  # characters that end an identifier when read backwards
  @operator_chars '\\<>+-*/:=|&~^%!@.'
  @opening ',([{;'
  @closing ')]}"\''
  @blanks '\t\s'
  @textual_operators ['when', 'not', 'and', 'or', 'in']
  @operators ~w(=== !== == != <= >= && || <> ++ -- ** // :: <- .. |> =~ \\\\ ~>> <<~ ~> <~ <~> <|> <<< >>> ||| &&& ^^^ ~~~ +++ --- + - * / = < > | & ! ^ @ ..//)c

  def cursor_context(fragment, opts \\ [])

  def cursor_context(fragment, opts) when is_binary(fragment) and is_list(opts) do
    fragment |> last_line() |> String.to_charlist() |> :lists.reverse() |> context()
  end

  def cursor_context(fragment, opts) when is_list(fragment) and is_list(opts) do
    fragment |> List.to_string() |> cursor_context(opts)
  end

  def cursor_context(other, opts) when is_list(opts), do: cursor_context(to_charlist(other), opts)

  # the last line, the lines before it joined to it where a dot continues one onto the next
  # (`Foo.\n  Bar`, `foo\n  .bar`), blanks around the line break dropped
  @keywords ['do', 'end', 'fn', 'true', 'false', 'nil', 'after', 'else', 'catch', 'rescue']

  def surround_context(fragment, {line, column}, opts \\ []) when is_integer(line) and is_integer(column) and is_list(opts) do
    text = if is_binary(fragment), do: fragment, else: List.to_string(fragment)

    # (a line past the last is the last, as Elixir 1.14.0 reads it)
    lines = :binary.split(text, "\n", [:global])
    chars = Enum.at(lines, line - 1) || List.last(lines)
    chars |> String.to_charlist() |> Enum.split(column - 1) |> surround(line)
  end

  # before: the line's text before the position, at: from it on
  defp surround({before, [h | rest] = at}, line) do
    cond do
      # (the ? or ! ending a name)
      h in '?!' and before != [] and name_char?(:lists.last(before)) ->
        surround({Enum.drop(before, -1), [:lists.last(before) | at]}, line)

      name_char?(h) ->
        {head, tail} = name_ahead(at)
        surround_name(before, head, tail, line)

      # (a `:` after another is the operator ::, not an atom's start)
      h in '.@%~:' and rest != [] and name_char?(hd(rest)) and (h not in '.:' or before == [] or :lists.last(before) != h) ->
        surround({before ++ [h], rest}, line)

      h in @operator_chars ->
        surround_operator(before, at, line)

      true ->
        :none
    end
  end

  defp surround({_before, []}, _line), do: :none

  defp name_char?(c), do: c not in @operator_chars and c not in @opening and c not in @closing and c not in @blanks and c not in '?!#'

  # the rest of the name from the position on (a trailing ? or ! included) and what follows it
  defp name_ahead(at) do
    {head, tail} = Enum.split_while(at, &name_char?/1)

    case tail do
      [c | rest] when c in '?!' -> {head ++ [c], rest}
      _ -> {head, tail}
    end
  end

  defp surround_name(before, head, tail, line) do
    # (an alias goes on over `.Alias` parts after it)
    {started, _} = before |> :lists.reverse() |> Enum.split_while(&name_char?/1)
    {head, tail} = if match?([c | _] when c in ?A..?Z, :lists.reverse(started) ++ head) or alias_before?(before, started), do: alias_ahead(head, tail), else: {head, tail}
    start = length(before) + length(head)

    case surrounded(context(:lists.reverse(before ++ head)), tail) do
      :none -> :none
      found -> %{begin: {line, start - text_length(found) + 1}, context: found, end: {line, start + 1}}
    end
  end

  # (the name is a nested alias's part: a dot before it)
  defp alias_before?(before, started), do: match?([?. | _], Enum.drop(:lists.reverse(before), length(started)))

  defp alias_ahead(head, [?., c | _] = tail) when c in ?A..?Z do
    {more, rest} = name_ahead(tl(tail))
    alias_ahead(head ++ [?. | more], rest)
  end

  defp alias_ahead(head, tail), do: {head, tail}

  # complete code: calls and arities are collapsed into dots, a local's into its call or arity by
  # what follows, keywords named so; `__MODULE__` before `.Alias` and half-made forms are none
  defp surrounded({:local_or_var, name}, tail) do
    cond do
      name in @keywords -> {:keyword, name}
      name in @textual_operators -> {:operator, name}
      match?([?(, _ | _], tail) or tail == '(' -> {:local_call, name}
      match?([?/ | _], Enum.drop_while(tail, &(&1 in @blanks))) -> {:local_arity, name}
      match?([?., c | _] when c in ?A..?Z, tail) -> :none
      true -> {:local_or_var, name}
    end
  end

  defp surrounded({kind, left, name}, _tail) when kind in [:dot_call, :dot_arity], do: {:dot, left, name}
  defp surrounded({:sigil, ''}, _tail), do: :none
  defp surrounded({:struct, ''}, _tail), do: :none
  defp surrounded({:module_attribute, ''}, _tail), do: {:operator, '@'}
  defp surrounded({kind, _} = found, _tail) when kind in [:alias, :struct, :module_attribute, :unquoted_atom, :sigil, :operator], do: found
  defp surrounded({kind, _, _} = found, _tail) when kind in [:alias, :dot], do: found
  defp surrounded(_, _tail), do: :none

  # an operator's run of characters around the position
  defp surround_operator(before, at, line) do
    {left, _} = before |> :lists.reverse() |> Enum.split_while(&(&1 in @operator_chars))
    {right, _} = Enum.split_while(at, &(&1 in @operator_chars))
    op = :lists.reverse(left) ++ right
    start = length(before) - length(left) + 1

    before_op = Enum.drop(before, -length(left))

    cond do
      # (a sigil's delimiter, and the / of a name's arity, `&foo/2`, are no operators)
      sigil_before?(before_op) -> :none
      op == '/' and arity_slash?(before_op) -> :none
      op == '@' -> %{begin: {line, start}, context: {:operator, '@'}, end: {line, start + 1}}
      op in @operators -> %{begin: {line, start}, context: {:operator, op}, end: {line, start + length(op)}}
      true -> :none
    end
  end

  # (a `/` after a name, blanks between or not, is its arity's)
  defp arity_slash?(before) do
    case before |> :lists.reverse() |> Enum.drop_while(&(&1 in @blanks)) do
      [c | _] -> name_char?(c)
      [] -> false
    end
  end

  defp sigil_before?(before) do
    {letters, rest} = before |> :lists.reverse() |> Enum.split_while(&(&1 in ?a..?z or &1 in ?A..?Z))
    letters != [] and match?([?~ | _], rest)
  end

  # how many characters of the line a context stands for
  defp text_length({:local_or_var, name}), do: length(name)
  defp text_length({:local_call, name}), do: length(name)
  defp text_length({:local_arity, name}), do: length(name)
  defp text_length({:keyword, name}), do: length(name)
  defp text_length({:operator, name}), do: length(name)
  defp text_length({:var, name}), do: length(name)
  defp text_length({:alias, name}), do: length(name)
  defp text_length({:struct, name}) when is_list(name), do: 1 + length(name)
  defp text_length({:struct, inside}), do: 1 + text_length(inside)
  defp text_length({:module_attribute, name}), do: 1 + length(name)
  defp text_length({:unquoted_atom, name}), do: 1 + length(name)
  defp text_length({:sigil, name}), do: 1 + length(name)
  defp text_length({:alias, inside, name}), do: text_length(inside) + 1 + length(name)
  defp text_length({:dot, inside, name}), do: text_length(inside) + 1 + length(name)

  defp last_line(text) do
    [last | before] = text |> :binary.split("\n", [:global]) |> :lists.reverse()
    continued(before, last)
  end

  defp continued([previous | before], line) do
    previous = String.trim_trailing(previous)
    rest = String.trim_leading(line)

    if String.ends_with?(previous, ".") or String.starts_with?(rest, "."),
      do: continued(before, previous <> rest),
      else: line
  end

  defp continued([], line), do: line

  # rev: the line reversed, the cursor at its head
  defp context(rev) do
    {left, blanks} = strip(rev)

    case left do
      [] -> :expr
      [?%, ?:, ?: | _] -> {:struct, ''}
      [?%, ?: | _] -> {:unquoted_atom, '%'}
      [?% | _] -> {:struct, ''}
      # `=>`, `->` and `<<` start what comes next
      [?>, ?= | rest] when rest == [] or hd(rest) != ?: -> :expr
      [?>, ?- | rest] when rest == [] or hd(rest) != ?: -> :expr
      [?<, ?< | rest] when rest == [] or hd(rest) != ?< -> :expr
      # a keyword's colon (after blanks) or an atom's
      [?: | rest] when rest == [] or hd(rest) != ?: -> if blanks == 0, do: {:unquoted_atom, ''}, else: :expr
      [?.] -> :none
      [?. | rest] when hd(rest) not in '.:' -> dot(rest, '')
      [?( | rest] -> call(elem(strip(rest), 0))
      [?/ | rest] -> arity(elem(strip(rest), 0))
      [h | _] when h in @opening -> :expr
      _ when blanks > 0 -> call(left)
      _ -> identifier(rev, false)
    end
  end

  defp strip(rev), do: strip(rev, 0)
  defp strip([h | rest], n) when h in @blanks, do: strip(rest, n + 1)
  defp strip(rest, n), do: {rest, n}

  defp call(rev) do
    case identifier(rev, true) do
      {:local_or_var, name} -> {:local_call, name}
      {:dot, left, name} -> {:dot_call, left, name}
      {:operator, op} -> {:operator_call, op}
      _ -> :none
    end
  end

  defp arity(rev) do
    case identifier(rev, true) do
      {:local_or_var, name} -> {:local_arity, name}
      {:dot, left, name} -> {:dot_arity, left, name}
      {:operator, op} -> {:operator_arity, op}
      _ -> :none
    end
  end

  # what ends at the head of rev: a name (with what is before it) or an operator. call? (a call's
  # or an arity's name): when, not, and, or, in are operators
  defp identifier([?., ?., ?: | _], _call?), do: {:unquoted_atom, '..'}
  defp identifier([?., ?., ?. | _], _call?), do: {:local_or_var, '...'}
  defp identifier([?., ?: | _], _call?), do: {:unquoted_atom, '.'}
  defp identifier([?., ?. | _], _call?), do: {:operator, '..'}

  defp identifier(rev, call?) do
    {name, before} = name(rev)

    cond do
      name == [] -> operator(rev)
      hd(name) in ?0..?9 -> :none
      true -> named(name, before, call?)
    end
  end

  # the identifier at the head of rev (a trailing ? or ! included), in reading order, and the
  # reversed text before it
  defp name([h | rest]) when h in '?!', do: name_chars(rest, [h])
  defp name(rev), do: name_chars(rev, [])

  defp name_chars([h | rest], acc) when h not in @operator_chars and h not in @opening and h not in @closing and h not in @blanks and h not in '?!#',
    do: name_chars(rest, [h | acc])

  defp name_chars(rest, acc), do: {acc, rest}

  defp named(name, [?@ | before], _call?) do
    if before != [] and hd(before) == ?%, do: {:struct, {:module_attribute, name}}, else: {:module_attribute, name}
  end

  defp named(name, [?: | before], _call?) when before == [] or hd(before) != ?:, do: {:unquoted_atom, name}
  defp named(name, [?~ | _], _call?), do: {:sigil, name}

  defp named([h | _] = name, before, _call?) when h in ?A..?Z do
    if Enum.all?(name, &(&1 in ?a..?z or &1 in ?A..?Z or &1 in ?0..?9 or &1 == ?_)), do: alias_context(name, before), else: :none
  end

  defp named([h | _] = name, before, call?) do
    cond do
      h > 127 and String.upcase(<<h::utf8>>) == <<h::utf8>> and String.downcase(<<h::utf8>>) != <<h::utf8>> -> :none
      call? and name in @textual_operators -> {:operator, name}
      match?([?% | _], before) -> {:struct, {:local_or_var, name}}
      true ->
        case before do
          [?. | left] when left == [] or hd(left) != ?. -> dot(left, name)
          _ -> {:local_or_var, name}
        end
    end
  end

  # an alias and what is before it: a nested one (Left.Name), a struct's
  defp alias_context(name, before) do
    {left, struct?} =
      case before do
        [?. | left] when left == [] or hd(left) != ?. -> nested_alias(left, name)
        _ -> {{:alias, name}, false}
      end

    cond do
      left == :none -> :none
      struct? -> {:struct, struct_inside(left)}
      match?([?% | _], before) -> {:struct, name}
      true -> left
    end
  end

  # Left.Name: Left an alias (one alias), __MODULE__ or a variable, or a module attribute
  defp nested_alias(rev, name) do
    case identifier(rev, false) do
      {:alias, left} -> {{:alias, left ++ '.' ++ name}, false}
      {:struct, left} when is_list(left) -> {{:alias, left ++ '.' ++ name}, true}
      {:local_or_var, _} = left -> {{:alias, left, name}, false}
      {:module_attribute, _} = left -> {{:alias, left, name}, false}
      {:struct, {:local_or_var, _} = left} -> {{:alias, left, name}, true}
      {:struct, {:module_attribute, _} = left} -> {{:alias, left, name}, true}
      _ -> {:none, false}
    end
  end

  defp struct_inside({:alias, name}), do: name
  defp struct_inside(other), do: other

  # Left.name (name '' right after the dot)
  defp dot(rev, name) do
    case identifier(rev, false) do
      {:local_or_var, left} -> {:dot, {:var, left}, name}
      {:alias, _} = left -> {:dot, left, name}
      {:alias, _, _} = left -> {:dot, left, name}
      {:dot, _, _} = left -> {:dot, left, name}
      {:module_attribute, _} = left -> {:dot, left, name}
      {:unquoted_atom, _} = left -> {:dot, left, name}
      {:struct, inside} when not is_list(inside) -> {:struct, {:dot, inside, name}}
      {:struct, inside} -> {:struct, {:dot, {:alias, inside}, name}}
      _ -> :none
    end
  end

  # the operator at the head of rev: `@` is a module attribute's start, `~` a sigil's
  defp operator(rev) do
    {op, _before} = Enum.split_while(rev, &(&1 in @operator_chars))
    op = :lists.reverse(op)

    cond do
      op == '@' -> {:module_attribute, ''}
      op == '~' -> {:sigil, ''}
      op in @operators -> {:operator, op}
      true -> :none
    end
  end
end
