defmodule :beamlet_macro_to_string_fun do
  @moduledoc false
  # Macro.to_string/2 (deprecated since 1.14): the pre-formatter printer Elixir keeps for it. Every
  # node is printed from the texts of its children, then handed with its text to `fun`, whose
  # answer stands for the node. No line breaking; blocks are indented by two; calls keep their
  # parentheses (`if(a) do`), a do/end keyword list is a block.

  @block_keys [:do, :rescue, :catch, :else, :after]

  def to_string(ast, fun)

  def to_string({name, _, context} = ast, fun) when is_atom(name) and is_atom(context),
    do: fun.(ast, Atom.to_string(name))

  def to_string({:__aliases__, _, parts} = ast, fun),
    do: fun.(ast, Enum.map_join(parts, ".", &target(&1, fun)))

  def to_string({:__block__, _, [single]} = ast, fun), do: fun.(ast, to_string(single, fun))

  def to_string({:__block__, _, _} = ast, fun),
    do: fun.(ast, "(\n  " <> indent(block(ast, fun)) <> "\n)")

  def to_string({:<<>>, _, parts} = ast, fun) do
    if interpolation?(ast) do
      fun.(ast, interpolated(parts, "\"", "\"", fun))
    else
      fun.(ast, "<<" <> Enum.map_join(parts, ", ", &segment_in_binary(&1, fun)) <> ">>")
    end
  end

  def to_string({:{}, _, items} = ast, fun),
    do: fun.(ast, "{" <> Enum.map_join(items, ", ", &to_string(&1, fun)) <> "}")

  def to_string({:%{}, _, pairs} = ast, fun), do: fun.(ast, "%{" <> map_body(pairs, fun) <> "}")

  def to_string({:%, _, [name, {:%{}, _, pairs}]} = ast, fun),
    do: fun.(ast, "%" <> to_string(name, fun) <> "{" <> map_body(pairs, fun) <> "}")

  # fn with one clause: on one line unless its body is a block
  def to_string({:fn, _, [{:->, _, [_, body]}] = clauses} = ast, fun) do
    if match?({:__block__, _, _}, body) do
      fun.(ast, "fn " <> block(clauses, fun) <> "\nend")
    else
      fun.(ast, "fn " <> arrows(clauses, fun, false) <> " end")
    end
  end

  def to_string({:fn, _, clauses} = ast, fun),
    do: fun.(ast, "fn\n  " <> indent(block(clauses, fun)) <> "\nend")

  def to_string([{:->, _, _} | _] = ast, fun), do: fun.(ast, "(" <> arrows(ast, fun, true) <> ")")

  def to_string({:when, _, [left, right]} = ast, fun) do
    guard =
      if right != [] and Keyword.keyword?(right),
        do: keywords(right, fun),
        else: fun.(ast, operand(right, fun, :when, :right))

    fun.(ast, operand(left, fun, :when, :left) <> " when " <> guard)
  end

  def to_string({:when, _, args} = ast, fun) do
    {heads, [guard]} = Enum.split(args, -1)
    text = "(" <> Enum.map_join(heads, ", ", &to_string(&1, fun)) <> ") when " <> to_string(guard, fun)
    fun.(ast, text)
  end

  def to_string({:&, _, [{:/, _, [{name, _, context}, arity]}]} = ast, fun)
      when is_atom(name) and is_atom(context) and is_integer(arity),
      do: fun.(ast, "&#{name}/" <> to_string(arity, fun))

  def to_string({:&, _, [{:/, _, [{{:., _, [mod, name]}, _, []}, arity]}]} = ast, fun)
      when is_atom(name) and is_integer(arity),
      do: fun.(ast, "&" <> to_string(mod, fun) <> ".#{name}/" <> to_string(arity, fun))

  def to_string({:&, _, [arg]} = ast, fun) when not is_integer(arg),
    do: fun.(ast, "&(" <> to_string(arg, fun) <> ")")

  def to_string({:not, _, [{:in, _, [left, right]}]} = ast, fun),
    do: fun.(ast, to_string(left, fun) <> " not in " <> to_string(right, fun))

  def to_string({{:., _, [Access, :get]}, _, [container, key]} = ast, fun) do
    head = if operation?(container), do: "(" <> to_string(container, fun) <> ")", else: to_string(container, fun)
    fun.(ast, head <> to_string([key], fun))
  end

  def to_string({{:., _, [left, :{}]}, _, args} = ast, fun),
    do: fun.(ast, to_string(left, fun) <> ".{" <> arguments(args, fun) <> "}")

  # a remote call without arguments: `x.field` when so written, else `Mod.f()`
  def to_string({{:., _, [left, _]} = dot, meta, []} = ast, fun) do
    if is_tuple(left) and meta[:no_parens],
      do: fun.(ast, target(dot, fun)),
      else: fun.(ast, target(dot, fun) <> "()")
  end

  def to_string({callee, _, args} = ast, fun) when is_list(args) do
    case special_call(ast, fun) do
      {:ok, text} ->
        text

      :error ->
        {init, last} = split_last(args)

        text =
          cond do
            not do_blocks?(last) -> target(callee, fun) <> "(" <> arguments(args, fun) <> ")"
            init == [] -> target(callee, fun) <> do_blocks(last, fun)
            true -> target(callee, fun) <> "(" <> arguments(init, fun) <> ")" <> do_blocks(last, fun)
          end

        fun.(ast, text)
    end
  end

  def to_string({left, right}, fun), do: to_string({:{}, [], [left, right]}, fun)

  def to_string(list, fun) when is_list(list) do
    text =
      cond do
        list == [] -> "[]"
        printable?(list) -> inspect(list, limit: :infinity, printable_limit: :infinity)
        Keyword.keyword?(list) -> "[" <> keywords(list, fun) <> "]"
        true -> "[" <> Enum.map_join(list, ", ", &to_string(&1, fun)) <> "]"
      end

    fun.(list, text)
  end

  # :io_lib.printable_list/1 under the default +pc latin1
  defp printable?([c | rest]) when c in 32..126 or c in 160..255 or c in ~c"\n\r\t\v\b\f\e", do: printable?(rest)
  defp printable?(rest), do: rest == []

  def to_string(other, fun), do: fun.(other, inspect(other, limit: :infinity, printable_limit: :infinity))

  # ---- calls that are operators or sigils ---------------------------------------------------

  defp special_call({op, _, [arg]} = ast, fun) when is_atom(op) do
    cond do
      not Macro.operator?(op, 1) -> sigil(ast, fun)
      op == :not or operation?(arg) -> {:ok, fun.(ast, "#{op}(" <> to_string(arg, fun) <> ")")}
      true -> {:ok, fun.(ast, Atom.to_string(op) <> to_string(arg, fun))}
    end
  end

  defp special_call({:..//, _, [first, last, step]} = ast, fun) do
    text = operand(first, fun, :.., :left) <> ".." <> operand(last, fun, :.., :right) <> "//" <> operand(step, fun, :"//", :right)
    {:ok, fun.(ast, text)}
  end

  defp special_call({op, _, [left, right]} = ast, fun) when is_atom(op) do
    if Macro.operator?(op, 2) do
      glue = if op == :.., do: "..", else: " #{op} "
      {:ok, fun.(ast, operand(left, fun, op, :left) <> glue <> operand(right, fun, op, :right))}
    else
      sigil(ast, fun)
    end
  end

  defp special_call(ast, fun), do: sigil(ast, fun)

  defp sigil({name, meta, [{:<<>>, _, _} = content, modifiers]} = ast, fun)
       when is_atom(name) and is_list(modifiers) do
    {open, close} = delimiters(Keyword.get(meta, :delimiter, "\""))
    mods = if modifiers == [], do: "", else: fun.(modifiers, List.to_string(modifiers))

    case Atom.to_string(name) do
      "sigil_" <> <<letter, rest::binary>> when letter in ?A..?Z ->
        if rest == "" or uppercase?(rest) do
          {:<<>>, _, [text]} = content
          {:ok, fun.(ast, "~" <> <<letter>> <> rest <> open <> text <> close <> mods)}
        else
          :error
        end

      "sigil_" <> <<letter>> when letter in ?a..?z ->
        {:ok, fun.(ast, "~" <> <<letter>> <> sigil_content(content, open, close, fun) <> mods)}

      _ ->
        :error
    end
  end

  defp sigil(_, _), do: :error

  defp uppercase?(text), do: text |> String.to_charlist() |> Enum.all?(&(&1 in ?A..?Z))

  defp delimiters("["), do: {"[", "]"}
  defp delimiters("{"), do: {"{", "}"}
  defp delimiters("("), do: {"(", ")"}
  defp delimiters("<"), do: {"<", ">"}
  defp delimiters("\"\"\""), do: {"\"\"\"\n", "\"\"\""}
  defp delimiters("'''"), do: {"'''\n", "'''"}
  defp delimiters(other), do: {other, other}

  # (a heredoc's one text is written as it is)
  defp sigil_content({:<<>>, _, [text]}, open, close, _fun) when open in ["\"\"\"\n", "'''\n"],
    do: open <> text <> close

  defp sigil_content({:<<>>, _, parts}, open, close, fun), do: interpolated(parts, open, close, fun)

  # ---- strings and binaries -----------------------------------------------------------------

  defp interpolation?({:<<>>, _, [_ | _] = parts}) do
    Enum.all?(parts, fn
      {:"::", _, [{{:., _, [Kernel, :to_string]}, _, [_]}, {:binary, _, _}]} -> true
      part -> is_binary(part)
    end)
  end

  defp interpolation?(_), do: false

  defp interpolated(parts, open, close, fun) do
    body =
      Enum.map_join(parts, "", fn
        {:"::", _, [{{:., _, [Kernel, :to_string]}, _, [expr]}, {:binary, _, _}]} -> "\#{" <> to_string(expr, fun) <> "}"
        text -> escape_closing(text, open)
      end)

    open <> body <> close
  end

  defp escape_closing(text, "("), do: String.replace(text, ")", "\\)")
  defp escape_closing(text, "["), do: String.replace(text, "]", "\\]")
  defp escape_closing(text, "{"), do: String.replace(text, "}", "\\}")
  defp escape_closing(text, "<"), do: String.replace(text, ">", "\\>")
  defp escape_closing(text, delimiter), do: String.replace(text, delimiter, "\\" <> delimiter)

  # a segment starting with `<` or ending with `>` goes in parentheses: <<(<<1>>), x>>
  defp segment_in_binary(part, fun) do
    text = segment(part, fun)
    if String.starts_with?(text, "<") or String.ends_with?(text, ">"), do: "(" <> text <> ")", else: text
  end

  defp segment({:"::", meta, [value, spec]} = ast, fun) do
    if meta[:inferred_bitstring_spec],
      do: fun.(ast, to_string(value, fun)),
      else: fun.(ast, operand(value, fun, :"::", :left) <> "::" <> spec(spec, fun, :"::", :right))
  end

  defp segment(ast, fun), do: to_string(ast, fun)

  defp spec({op, _, [left, right]} = ast, fun, _, _) when op in [:-, :*],
    do: fun.(ast, spec(left, fun, op, :left) <> Atom.to_string(op) <> spec(right, fun, op, :right))

  defp spec(other, fun, parent, side), do: operand(other, fun, parent, side)

  # ---- do/end blocks and clauses ------------------------------------------------------------

  defp do_blocks?([{:do, _} | _] = kw), do: Enum.all?(kw, &match?({key, _} when key in @block_keys, &1))
  defp do_blocks?(_), do: false

  # written in the order do, rescue, catch, else, after whatever the keyword list's order
  defp do_blocks(kw, fun) do
    blocks =
      for key <- @block_keys, Keyword.has_key?(kw, key), into: "" do
        "#{key}\n  " <> indent(block(Keyword.get(kw, key), fun)) <> "\n"
      end

    " " <> blocks <> "end"
  end

  defp block([{:->, _, _} | _] = clauses, fun) do
    Enum.map_join(clauses, "\n", fn {:->, _, [args, body]} ->
      heads(args, fun, false) <> "->\n  " <> indent(block(body, fun))
    end)
  end

  defp block({:__block__, _, exprs}, fun), do: Enum.map_join(exprs, "\n", &to_string(&1, fun))
  defp block(other, fun), do: to_string(other, fun)

  defp arrows(clauses, fun, parens) do
    Enum.map_join(clauses, "; ", fn {:->, _, [args, body]} ->
      heads(args, fun, parens) <> "-> " <> to_string(body, fun)
    end)
  end

  defp heads([], _fun, true), do: "() "
  defp heads([], _fun, false), do: ""
  defp heads(args, fun, _), do: Enum.map_join(args, ", ", &to_string(&1, fun)) <> " "

  defp indent(text), do: String.replace(text, "\n", "\n  ")

  # ---- arguments, keywords, maps ------------------------------------------------------------

  defp arguments(args, fun) do
    {init, last} = split_last(args)

    if last != [] and Keyword.keyword?(last) do
      Enum.map_join(init, "", &(to_string(&1, fun) <> ", ")) <> keywords(last, fun)
    else
      Enum.map_join(args, ", ", &to_string(&1, fun))
    end
  end

  defp keywords(pairs, fun),
    do: Enum.map_join(pairs, ", ", fn {key, value} -> Macro.inspect_atom(:key, key) <> " " <> to_string(value, fun) end)

  defp map_body([{:|, _, [map, pairs]}], fun), do: to_string(map, fun) <> " | " <> map_body(pairs, fun)

  defp map_body(pairs, fun) do
    if Keyword.keyword?(pairs) do
      keywords(pairs, fun)
    else
      Enum.map_join(pairs, ", ", fn
        {key, value} -> to_string(key, fun) <> " => " <> to_string(value, fun)
        other -> to_string(other, fun)
      end)
    end
  end

  defp split_last([]), do: {[], []}
  defp split_last(args), do: {Enum.drop(args, -1), List.last(args)}

  # ---- call targets ---------------------------------------------------------------------------

  defp target(name, _fun) when is_atom(name), do: Atom.to_string(name)
  defp target({:., _, [callee]}, fun), do: receiver(callee, fun) <> "."
  defp target({:., _, [left, name]}, fun) when is_atom(name), do: receiver(left, fun) <> "." <> Macro.inspect_atom(:remote_call, name)
  defp target({:., _, [left, right]}, fun), do: receiver(left, fun) <> "." <> target(right, fun)
  defp target(other, fun), do: to_string(other, fun)

  # what stands before a `.`: a module atom inspected, a capture, fn or do/end call in parentheses
  defp receiver(mod, _fun) when is_atom(mod), do: inspect(mod, limit: :infinity, printable_limit: :infinity)
  defp receiver({:&, _, [arg]} = ast, fun) when not is_integer(arg), do: "(" <> to_string(ast, fun) <> ")"
  defp receiver({:fn, _, _} = ast, fun), do: "(" <> to_string(ast, fun) <> ")"

  defp receiver({_, _, [_ | _] = args} = ast, fun) do
    if do_blocks?(List.last(args)), do: "(" <> to_string(ast, fun) <> ")", else: to_string(ast, fun)
  end

  defp receiver(ast, fun), do: to_string(ast, fun)

  # ---- operators ------------------------------------------------------------------------------

  defp operation?({op, _, [_, _]}) when is_atom(op), do: Macro.operator?(op, 2)
  defp operation?({op, _, [_]}) when is_atom(op), do: Macro.operator?(op, 1)
  defp operation?(_), do: false

  # an operand in parentheses when its operator binds less tightly than the parent's, or as
  # tightly on the side the parent does not associate to
  defp operand({op, _, [_, _]} = ast, fun, parent, side) when is_atom(op) do
    case {precedence(op), precedence(parent)} do
      {{_, prec}, {parent_assoc, parent_prec}} ->
        cond do
          parent_prec < prec -> to_string(ast, fun)
          parent_prec > prec -> "(" <> to_string(ast, fun) <> ")"
          parent_assoc == side -> to_string(ast, fun)
          true -> "(" <> to_string(ast, fun) <> ")"
        end

      _ ->
        to_string(ast, fun)
    end
  end

  defp operand(ast, fun, _parent, _side), do: to_string(ast, fun)

  defp precedence(op) when op in [:<-, :\\], do: {:left, 40}
  defp precedence(:when), do: {:right, 50}
  defp precedence(:"::"), do: {:right, 60}
  defp precedence(:|), do: {:right, 70}
  defp precedence(:"=>"), do: {:right, 80}
  defp precedence(:=), do: {:right, 100}
  defp precedence(op) when op in [:||, :|||, :or], do: {:left, 130}
  defp precedence(op) when op in [:&&, :&&&, :and], do: {:left, 140}
  defp precedence(op) when op in [:==, :!=, :=~, :===, :!==], do: {:left, 150}
  defp precedence(op) when op in [:<, :<=, :>=, :>], do: {:left, 160}
  defp precedence(op) when op in [:|>, :<<<, :>>>, :<<~, :~>>, :<~, :~>, :<~>, :"<|>"], do: {:left, 170}
  defp precedence(op) when op in [:in, :"not in"], do: {:left, 180}
  defp precedence(:"^^^"), do: {:left, 190}
  defp precedence(:"//"), do: {:right, 190}
  defp precedence(op) when op in [:++, :--, :+++, :---, :.., :<>], do: {:right, 200}
  defp precedence(op) when op in [:+, :-], do: {:left, 210}
  defp precedence(op) when op in [:*, :/], do: {:left, 220}
  defp precedence(:**), do: {:left, 230}
  defp precedence(:.), do: {:left, 310}
  defp precedence(_), do: :error
end
