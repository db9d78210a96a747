defmodule EEx.SyntaxError do
  defexception [:message, :file, :line, :column]

  @impl true
  def message(%{message: message, file: file, line: line, column: column}) do
    "#{file}:#{line}:#{column}: #{message}"
  end
end

defmodule EEx.Engine do
  @moduledoc """
  The behaviour of EEx engines, and the basic engine: text and each `<%= %>` value, as a string,
  make one binary; `<% %>` expressions run for their effect. A template compiled with `engine:
  Mod` is handed to Mod's callbacks, which usually delegate to these functions.

  Also what a template's `@name` reads (under the default engine, EEx.SmartEngine): the assign of
  that name, or nil with a warning when the template was given no such assign.
  """

  @type state :: term

  @callback init(opts :: keyword) :: state
  @callback handle_body(state) :: Macro.t()
  @callback handle_text(state, meta :: keyword, text :: String.t()) :: state
  @callback handle_expr(state, marker :: String.t(), expr :: Macro.t()) :: state
  @callback handle_begin(state) :: state
  @callback handle_end(state) :: Macro.t()

  @doc "The state a template starts with."
  def init(_opts), do: %{binary: [], dynamic: [], vars_count: 0}

  @doc "A block's body starts: its own binary and expressions."
  def handle_begin(state), do: %{state | binary: [], dynamic: []}

  @doc "A block's body ends: its code."
  def handle_end(state), do: handle_body(state)

  @doc "The template's code: its expressions, then the binary."
  def handle_body(state) do
    %{binary: binary, dynamic: dynamic} = state
    binary = {:<<>>, [], Enum.reverse(binary)}
    {:__block__, [], Enum.reverse([binary | dynamic])}
  end

  @doc "Text goes in the binary."
  def handle_text(state, _meta, text) do
    %{binary: binary} = state
    %{state | binary: [text | binary]}
  end

  @doc "A `<%= %>` value goes in the binary, as a string; a `<% %>` expression runs for its effect."
  def handle_expr(state, "=", ast) do
    %{binary: binary, dynamic: dynamic, vars_count: vars_count} = state
    var = Macro.var(:"arg#{vars_count}", __MODULE__)
    ast = quote do: unquote(var) = String.Chars.to_string(unquote(ast))
    segment = quote do: unquote(var) :: binary
    %{state | dynamic: [ast | dynamic], binary: [segment | binary], vars_count: vars_count + 1}
  end

  def handle_expr(state, "", ast) do
    %{dynamic: dynamic} = state
    %{state | dynamic: [ast | dynamic]}
  end

  def handle_expr(_state, marker, _ast) do
    raise EEx.SyntaxError, message: "unsupported EEx syntax <%#{marker} %> (the syntax is valid but not supported by the current EEx engine)"
  end

  # (deprecated: the engine's callbacks delegating to these, the text's as handle_text/2, which
  # EEx calls when the engine has no handle_text/3)
  @doc false
  @deprecated "Use explicit delegation to EEx.Engine instead"
  defmacro __using__(_) do
    quote do
      @behaviour EEx.Engine

      def init(opts), do: EEx.Engine.init(opts)
      def handle_body(state), do: EEx.Engine.handle_body(state)
      def handle_begin(state), do: EEx.Engine.handle_begin(state)
      def handle_end(state), do: EEx.Engine.handle_end(state)
      def handle_text(state, text), do: EEx.Engine.handle_text(state, [], text)
      def handle_expr(state, marker, expr), do: EEx.Engine.handle_expr(state, marker, expr)

      defoverridable init: 1, handle_body: 1, handle_begin: 1, handle_end: 1, handle_expr: 3
    end
  end

  @doc "`@name` in quoted code as the read of the assign `name`."
  def handle_assign({:@, meta, [{name, _, atom}]}) when is_atom(name) and is_atom(atom) do
    line = meta[:line] || 0
    quote(line: line, do: EEx.Engine.fetch_assign!(var!(assigns), unquote(name)))
  end

  def handle_assign(arg), do: arg

  @doc false
  def fetch_assign!(assigns, key) do
    case Access.fetch(assigns, key) do
      {:ok, value} ->
        value

      :error ->
        keys = Enum.map(assigns, &elem(&1, 0))

        # (at the line of Elixir's lib/eex/engine.ex, which the warning's frame names)
        __at_line__(
          140,
          IO.warn(
            "assign @#{key} not available in EEx template. " <>
              "Please ensure all assigns are given as options. " <>
              "Available assigns: #{inspect(keys)}"
          )
        )

        nil
    end
  end
end

defmodule EEx.SmartEngine do
  @moduledoc """
  The default engine: EEx.Engine's, where `@name` reads the assign `name` (from the `assigns`
  binding). Templates compiled with it are made by EEx itself; these callbacks are for engines
  that delegate to it.
  """
  @behaviour EEx.Engine

  @impl true
  defdelegate init(opts), to: EEx.Engine
  @impl true
  defdelegate handle_body(state), to: EEx.Engine
  @impl true
  defdelegate handle_begin(state), to: EEx.Engine
  @impl true
  defdelegate handle_end(state), to: EEx.Engine
  @impl true
  defdelegate handle_text(state, meta, text), to: EEx.Engine

  @impl true
  def handle_expr(state, marker, expr) do
    expr = Macro.prewalk(expr, &EEx.Engine.handle_assign/1)
    EEx.Engine.handle_expr(state, marker, expr)
  end
end

defmodule EEx.Compiler do
  @moduledoc false
  # A template's syntax is checked token by token before its code is made (EEx.__quoted__/3), as
  # Elixir's EEx.Compiler.generate_buffer/4 checks it: an error's frames name that function.

  def compile(tokens, source, options) do
    generate_buffer(tokens, Keyword.get(options, :file, "nofile"), [], {source, tokens, options})
  end

  # each expression is parsed as Elixir's EEx parses it, in template order, so a syntax error
  # names its place in the template and shows its own code, not the generated buffer's: one
  # standing alone by itself; a block, when its `end` comes, as one piece of code: its start, and
  # each further clause and the end after a placeholder for the text before it (a clause right
  # after the start, with only blanks between, joins it without one), at the start's place.
  # A block's tokens are checked by a call of their own that answers the tokens after its end
  # (so an error inside shows a frame for each enclosing block, as Elixir's does).
  def generate_buffer([], _file, [], {source, tokens, options}), do: EEx.__quoted__(source, tokens, options)

  def generate_buffer([], file, [_ | _], {source, _tokens, options}) do
    {line, column} = EEx.__end_position__(source, options)
    message = "unexpected end of string, expected a closing '<% end %>'"
    __at_line__(410, raise(EEx.SyntaxError, message: message, file: file, line: line, column: column))
  end

  def generate_buffer([{:expr, :expr, output?, code, line, col} | rest], file, open, template) do
    __at_line__(326, Code.string_to_quoted!(code, file: file, line: line, column: code_column(output?, col)))
    generate_buffer(rest, file, open, template)
  end

  def generate_buffer([{:expr, :start, output?, code, line, col} | rest], file, open, template) do
    {rest, code, last} = join_first_clause(rest, code, line)
    rest = __at_line__(347, generate_buffer(rest, file, [{code, line, code_column(output?, col), last, 0} | open], template))
    generate_buffer(rest, file, open, template)
  end

  def generate_buffer([{:expr, :middle, _, code, l, c} | _], file, [], _template) do
    __at_line__(376, raise(EEx.SyntaxError, message: "unexpected middle of expression <%#{code}%>", file: file, line: l, column: c))
  end

  def generate_buffer([{:expr, :end, _, _, l, c} | _], file, [], _template) do
    __at_line__(398, raise(EEx.SyntaxError, message: "unexpected end of expression <% end %>", file: file, line: l, column: c))
  end

  # (the block's end: the tokens after it go back to the enclosing level)
  def generate_buffer([{:expr, kind, _, code, l, _} | rest], file, [block | open], template) do
    {acc, line, col, last, key} = block
    acc = acc <> "__EEX__(#{key});" <> String.duplicate("\n", max(l - last, 0)) <> code

    if kind == :end do
      __at_line__(326, Code.string_to_quoted!(acc, file: file, line: line, column: col))
      rest
    else
      generate_buffer(rest, file, [{acc, line, col, l, key + 1} | open], template)
    end
  end

  def generate_buffer([_text | rest], file, open, template), do: generate_buffer(rest, file, open, template)

  defp join_first_clause(tokens, code, line) do
    case tokens do
      [{:expr, :middle, _, middle, l, _} | rest] ->
        {rest, code <> middle, l}

      [{:text, text, _meta}, {:expr, :middle, _, middle, l, _} | rest] when is_binary(text) ->
        if String.trim(text) == "", do: {rest, code <> text <> middle, l}, else: {tokens, code, line}

      _ ->
        {tokens, code, line}
    end
  end

  defp code_column(output?, col), do: col + if(output?, do: 3, else: 2)
end

defmodule EEx do
  @moduledoc """
  Embedded Elixir templates: text with `<%= expr %>` (its value, as a string, goes in the
  output), `<% expr %>` (run for its effect), `<%# comment %>` and `<%%` (a literal `<%`).
  An expression ending in `do` or `fn ... ->` opens a block whose text is its body, up to
  `<% end %>`; `<% else %>` and `<% pattern -> %>` separate its clauses. `@name` reads the
  `:assigns` binding.

  The template becomes Elixir code: each piece of text and each value is appended to a buffer,
  each expression sits on its own template line, so errors name the template's lines.

      iex> EEx.eval_string("Hi <%= name %>!", name: "Ann")
      "Hi Ann!"
  """

  @doc "The template's code, quoted."
  def compile_string(source, options \\ []) when is_binary(source) and is_list(options) do
    file = Keyword.get(options, :file, "nofile")

    # (a tag left open fails here, as in Elixir's compile_string/2; any other syntax error in
    # EEx.Compiler, as the code is made)
    case tokens(source, file, options) do
      {:ok, tokens} -> EEx.Compiler.compile(tokens, source, options)
      {:error, message, line, column} -> __at_line__(224, raise(EEx.SyntaxError, message: message, file: file, line: line, column: column))
    end
  end

  defp tokens(source, file, options) do
    {:ok, tokenize(source, file, Keyword.get(options, :line, 1), Keyword.get(options, :trim, false))}
  catch
    {:eex_token_error, message, line, column} -> {:error, message, line, column}
  end

  @doc false
  # where the template ends: {line, column}
  def __end_position__(source, options), do: advance(source, Keyword.get(options, :line, 1), 1)

  @doc false
  # the template's code, quoted, from its tokens
  def __quoted__(source, tokens, options) do
    file = Keyword.get(options, :file, "nofile")
    line = Keyword.get(options, :line, 1)
    tree = build(tokens, file, advance(source, line, 1))

    # (the default engine too: its code is Elixir's, argN = String.Chars.to_string(expr) and one binary)
    engine_quoted(tree, Keyword.get(options, :engine, EEx.SmartEngine), file, options)
  end

  @doc "The quoted code of the template in `path`."
  def compile_file(path, options \\ []) when is_list(options) do
    compile_string(File.read!(path), Keyword.put_new(options, :file, path))
  end

  @doc "Evaluates the template with `bindings`."
  def eval_string(source, bindings \\ [], options \\ []) do
    # (at the line of Elixir's lib/eex.ex, which a template's syntax error's frame names)
    compiled = __at_line__(276, compile_string(source, options))
    {result, _} = Code.eval_quoted(compiled, bindings, Keyword.take(options, [:file, :line]))
    result
  end

  @doc "Evaluates the template in `path` with `bindings`."
  def eval_file(path, bindings \\ [], options \\ []) do
    eval_string(File.read!(path), bindings, Keyword.put_new(options, :file, path))
  end

  @doc "Defines the function `name` of `args` returning the template's text."
  defmacro function_from_string(kind, name, source, args \\ [], options \\ []) do
    quote bind_quoted: [kind: kind, name: name, source: source, args: args, options: options] do
      info = Keyword.merge([file: __ENV__.file, line: __ENV__.line], options)
      args = Enum.map(args, fn arg -> {arg, [line: info[:line]], nil} end)
      compiled = EEx.compile_string(source, info)

      case kind do
        :def -> def unquote(name)(unquote_splicing(args)), do: unquote(compiled)
        :defp -> defp unquote(name)(unquote_splicing(args)), do: unquote(compiled)
      end
    end
  end

  @doc "Defines the function `name` of `args` returning the text of the template in `file`."
  defmacro function_from_file(kind, name, file, args \\ [], options \\ []) do
    quote bind_quoted: [kind: kind, name: name, file: file, args: args, options: options] do
      info = Keyword.merge([file: file, line: 1], options)
      args = Enum.map(args, fn arg -> {arg, [line: 1], nil} end)
      compiled = EEx.compile_string(File.read!(file), info)
      @external_resource file

      case kind do
        :def -> def unquote(name)(unquote_splicing(args)), do: unquote(compiled)
        :defp -> defp unquote(name)(unquote_splicing(args)), do: unquote(compiled)
      end
    end
  end

  # ---- tokens: {:text, binary, meta} (meta: where the text starts, [line: l, column: c]) |
  # {:expr, kind, output?, code, line, column}

  defp tokenize(source, file, line, trim) do
    {source, line} = if trim, do: trim_start(source, line), else: {source, line}
    scan(source, {file, trim}, line, 1, {nil, []}, [])
  end

  defp scan(<<"<%%", rest::binary>>, ctx, line, col, text, acc) do
    scan(rest, ctx, line, col + 3, add_text(text, "<%", line, col), acc)
  end

  # a comment, <%# %> or <%!-- --%> (which may hold %>), is a token of its own that makes nothing:
  # the text before and after it are two
  defp scan(<<"<%!--", rest::binary>>, ctx, line, col, text, acc) do
    case take_comment(rest, line, col + 5) do
      {:ok, rest, line2, col2} ->
        {text, rest, line2} = trim_tag(text, rest, line2, ctx)
        scan(rest, ctx, line2, col2, {nil, []}, push_text(text, acc))

      {:error, line2, col2} ->
        throw({:eex_token_error, "missing token '--%>'", line2, col2})
    end
  end

  defp scan(<<"<%", rest::binary>>, {file, _trim} = ctx, line, col, text, acc) do
    {marker, rest, skip} =
      case rest do
        <<"=", r::binary>> -> {"=", r, 3}
        <<"#", r::binary>> -> {"#", r, 3}
        r -> {"", r, 2}
      end

    case take_code(rest, line, col + skip, []) do
      {:ok, code, rest, line2, col2} ->
        {text, rest, line2} = trim_tag(text, rest, line2, ctx)

        if marker == "#" do
          scan(rest, ctx, line2, col2, {nil, []}, push_text(text, acc))
        else
          kind = kind_of(code)

          if marker == "=" and kind in [:middle, :end] do
            IO.warn(
              [~s(unexpected beginning of EEx tag "<%=" on "<%=#{code}%>", please remove "="), "\n  #{file}:#{line}:#{col}"],
              []
            )
          end

          token = {:expr, kind, marker == "=", code, line, col}
          scan(rest, ctx, line2, col2, {nil, []}, [token | push_text(text, acc)])
        end

      {:error, line2, col2} ->
        throw({:eex_token_error, "missing token '%>'", line2, col2})
    end
  end

  defp scan(<<"\n", rest::binary>>, ctx, line, col, text, acc), do: scan(rest, ctx, line + 1, 1, add_text(text, "\n", line, col), acc)

  defp scan(<<c::utf8, rest::binary>>, ctx, line, col, text, acc), do: scan(rest, ctx, line, col + 1, add_text(text, <<c::utf8>>, line, col), acc)

  defp scan(<<>>, _ctx, _line, _col, text, acc), do: Enum.reverse(push_text(text, acc))

  # (trim: true: the blanks around a tag)
  defp trim_tag(text, rest, line, {_file, false}), do: {text, rest, line}

  defp trim_tag({start, iodata}, rest, line, {_file, true}) do
    {iodata, rest, line} = trim_around(iodata, rest, line)
    {{start, iodata}, rest, line}
  end

  defp take_comment(<<"--%>", rest::binary>>, line, col), do: {:ok, rest, line, col + 4}
  defp take_comment(<<"\n", rest::binary>>, line, _col), do: take_comment(rest, line + 1, 1)
  defp take_comment(<<_::utf8, rest::binary>>, line, col), do: take_comment(rest, line, col + 1)
  defp take_comment(<<>>, line, col), do: {:error, line, col}

  # trim: true (Elixir 1.14's rules, found by experiment):
  # - a template whose first non-blank is a tag loses the blanks and newlines before it;
  # - before a tag, the blank lines back to the last line with text (and the blanks before the
  #   tag on its own line) become one newline; blanks after text on the tag's line stay;
  # - after a tag, the blanks and newlines up to the next line with text become one newline (that
  #   line keeps its indentation), and blanks only up to the template's end are dropped.
  defp trim_start(source, line) do
    case Regex.run(~r/\A[ \t\r\n]*(?=<%)/, source) do
      [blank] -> {binary_part(source, byte_size(blank), byte_size(source) - byte_size(blank)), line + count_newlines(blank)}
      nil -> {source, line}
    end
  end

  defp trim_around(text, rest, line) do
    text = Regex.replace(~r/(\r?\n[ \t]*)+\z/, IO.iodata_to_binary(text), "\n")

    cond do
      Regex.match?(~r/\A\s*\z/, rest) ->
        {text, "", line + count_newlines(rest)}

      blank = Regex.run(~r/\A([ \t]*\r?\n)+/, rest) ->
        [lines | _] = blank
        after_blank = binary_part(rest, byte_size(lines), byte_size(rest) - byte_size(lines))
        # (the newline put back counts its own line when scanned)
        {text, "\n" <> after_blank, line + count_newlines(lines) - 1}

      true ->
        {text, rest, line}
    end
  end

  defp count_newlines(bin), do: length(:binary.matches(bin, "\n"))

  defp add_text({nil, iodata}, more, line, col), do: {[line: line, column: col], [iodata | more]}
  defp add_text({start, iodata}, more, _line, _col), do: {start, [iodata | more]}

  defp push_text({start, iodata}, acc) do
    case IO.iodata_to_binary(iodata) do
      "" -> acc
      bin -> [{:text, bin, start} | acc]
    end
  end

  defp take_code(<<"%>", rest::binary>>, line, col, code), do: {:ok, IO.iodata_to_binary(code), rest, line, col + 2}
  defp take_code(<<"\n", rest::binary>>, line, _col, code), do: take_code(rest, line + 1, 1, [code | "\n"])
  defp take_code(<<c::utf8, rest::binary>>, line, col, code), do: take_code(rest, line, col + 1, [code | <<c::utf8>>])
  defp take_code(<<>>, line, col, _code), do: {:error, line, col}

  # whether an expression opens a block, continues it with a clause, closes it, or stands alone
  defp kind_of(code) do
    c = String.trim(code)

    cond do
      Regex.match?(~r/\Aend\b/, c) -> :end
      # (a clause keyword with more after it is an expression, as Elixir's EEx reads it)
      c in ~w(else after catch rescue) -> :middle
      String.ends_with?(c, "->") and not Regex.match?(~r/\bfn\b/, c) -> :middle
      String.ends_with?(c, "->") -> :start
      Regex.match?(~r/(\A|\W)do\z/, c) -> :start
      true -> :expr
    end
  end

  # ---- blocks: a list of items; {:block, start_token, [{clause_token | nil, items}], end_token}

  defp build(tokens, file, end_pos) do
    Process.put(:eex_end_position, end_pos)

    case nest(tokens, file) do
      {items, []} ->
        items

      {_items, [{:expr, :end, _, _, l, c} | _]} ->
        raise EEx.SyntaxError, message: "unexpected end of expression <% end %>", file: file, line: l, column: c

      {_items, [{:expr, :middle, _, code, l, c} | _]} ->
        raise EEx.SyntaxError, message: "unexpected middle of expression <%#{code}%>", file: file, line: l, column: c
    end
  end

  defp nest(tokens, file), do: nest(tokens, file, [])

  defp nest([], _file, acc), do: {Enum.reverse(acc), []}

  defp nest([{:expr, kind, _, _, _, _} | _] = rest, _file, acc) when kind in [:end, :middle] do
    {Enum.reverse(acc), rest}
  end

  defp nest([{:expr, :start, _, _, _, _} = start | rest], file, acc) do
    {clauses, end_token, rest} = clauses(rest, file, nil, [], start)
    nest(rest, file, [{:block, start, clauses, end_token} | acc])
  end

  defp nest([token | rest], file, acc), do: nest(rest, file, [token | acc])

  defp clauses(tokens, file, head, acc, start) do
    case nest(tokens, file) do
      {items, [{:expr, :middle, _, _, _, _} = middle | rest]} ->
        clauses(rest, file, middle, [{head, items} | acc], start)

      {items, [{:expr, :end, _, _, _, _} = end_token | rest]} ->
        {Enum.reverse([{head, items} | acc]), end_token, rest}

      {_items, []} ->
        _ = start
        {line, col} = Process.get(:eex_end_position)
        raise EEx.SyntaxError,
          message: "unexpected end of string, expected a closing '<% end %>'",
          file: file, line: line, column: col
    end
  end

  defp advance(text, line, col) do
    text
    |> String.graphemes()
    |> Enum.reduce({line, col}, fn
      "\n", {l, _} -> {l + 1, 1}
      _, {l, c} -> {l, c + 1}
    end)
  end

  # ---- another engine: the template handed to its callbacks, as Elixir's EEx.Compiler does (text
  # with handle_text/3, each expression with handle_expr/3 and its marker, "=" or ""; a block's
  # clause bodies each from handle_begin/1 on the state there to handle_end/1, put in place of
  # the block's code around them, which handle_expr/3 takes whole), the whole by handle_body/1

  defp engine_quoted(tree, engine, file, options) do
    state = engine_items(tree, engine.init(options), engine, file)
    engine.handle_body(state)
  end

  defp engine_items(items, state, engine, file), do: Enum.reduce(items, state, &engine_item(&1, &2, engine, file))

  # (an engine of before handle_text/3 is given the text alone)
  defp engine_item({:text, text, meta}, state, engine, _file) do
    if function_exported?(engine, :handle_text, 3), do: engine.handle_text(state, meta, text), else: engine.handle_text(state, text)
  end

  defp engine_item({:expr, _, output?, code, l, c}, state, engine, file) do
    ast = Code.string_to_quoted!(code, file: file, line: l, column: expr_column(output?, c))
    engine.handle_expr(state, marker(output?), ast)
  end

  defp engine_item({:block, {:expr, _, output?, start, l, c}, clauses, {:expr, _, _, finish, el, _}}, state, engine, file) do
    # (each clause's code and the end on their template lines)
    {code, line, bodies} =
      clauses
      |> Enum.with_index()
      |> Enum.reduce({start, l + count_lines(start), []}, fn {{head, items}, i}, {code, line, bodies} ->
        {code, line} =
          case head do
            nil ->
              {code, line}

            {:expr, _, _, clause, cl, _} ->
              {code, line} = at_line(code <> " ", line, cl)
              {code <> clause, line + count_lines(clause)}
          end

        # (the blank between a block's start and its first clause is no body: case x do <% p -> %>)
        if i == 0 and clauses != [{nil, items}] and blank?(items) and opens_clauses?(clauses) do
          {code, line, bodies}
        else
          body = engine.handle_end(engine_items(items, engine.handle_begin(state), engine, file))
          {code <> " __EEX__(#{length(bodies)});", line, bodies ++ [body]}
        end
      end)

    {code, _line} = at_line(code <> " ", line, el)

    ast =
      (code <> finish)
      |> Code.string_to_quoted!(file: file, line: l, column: expr_column(output?, c))
      |> Macro.prewalk(fn
        {:__EEX__, _, [n]} when is_integer(n) -> Enum.at(bodies, n)
        other -> other
      end)

    engine.handle_expr(state, marker(output?), ast)
  end

  defp marker(true), do: "="
  defp marker(false), do: ""

  # (an expression's code starts past its tag's `<%=` or `<%`)
  defp expr_column(output?, col), do: col + if(output?, do: 3, else: 2)

  defp opens_clauses?([_, {{:expr, _, _, clause, _, _}, _} | _]), do: String.ends_with?(String.trim(clause), "->")
  defp opens_clauses?(_), do: false

  defp blank?(items), do: Enum.all?(items, &match?({:text, t, _} when is_binary(t), &1)) and Enum.all?(items, fn {:text, t, _} -> String.trim(t) == "" end)

  defp at_line(code, line, target) when target > line, do: {code <> String.duplicate("\n", target - line), target}
  defp at_line(code, line, _target), do: {code, line}

  defp count_lines(text), do: length(:binary.matches(text, "\n"))
end
