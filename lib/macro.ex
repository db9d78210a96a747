defmodule Macro.Env do
  @moduledoc "The compile-time environment (__ENV__, __CALLER__)."
  @derive {Inspect, except: [:tracers, :versioned_vars]}
  defstruct aliases: [], context: nil, context_modules: [], file: "nofile", function: nil,
            functions: [], lexical_tracker: nil, line: 0, macro_aliases: [], macros: [],
            module: nil, requires: [], tracers: [], versioned_vars: %{}

  def location(%Macro.Env{file: file, line: line}), do: [file: file, line: line]
  def in_match?(%Macro.Env{context: context}), do: context == :match
  def in_guard?(%Macro.Env{context: context}), do: context == :guard
  # (the file relative to the working directory, as Elixir's compiler frames name it)
  def stacktrace(%Macro.Env{module: nil} = env),
    do: [{:elixir_compiler, :__FILE__, 1, relative_location(env)}]
  def stacktrace(%Macro.Env{module: mod, function: nil} = env),
    do: [{mod, :__MODULE__, 0, relative_location(env)}]
  def stacktrace(%Macro.Env{module: mod, function: {name, arity}} = env),
    do: [{mod, name, arity, relative_location(env)}]
  defp relative_location(%Macro.Env{file: file, line: line}),
    do: [file: String.to_charlist(Path.relative_to_cwd(file)), line: line]
  def vars(%Macro.Env{versioned_vars: vars}), do: vars |> Map.keys() |> Enum.sort()
  def has_var?(%Macro.Env{versioned_vars: vars}, var), do: Map.has_key?(vars, var)
  def required?(%Macro.Env{requires: requires}, mod), do: mod in requires
  def prune_compile_info(env), do: %{env | lexical_tracker: nil, tracers: []}
  def to_match(env), do: %{env | context: :match}

  def fetch_alias(%{__struct__: Macro.Env, aliases: aliases}, atom) when is_atom(atom),
    do: Keyword.fetch(aliases, :"Elixir.#{atom}")

  def fetch_macro_alias(%{__struct__: Macro.Env, macro_aliases: aliases}, atom) when is_atom(atom),
    do: Keyword.fetch(aliases, :"Elixir.#{atom}")

  # (each module importing name/arity, its functions first, then its macros)
  def lookup_import(%{__struct__: Macro.Env, functions: functions, macros: macros}, {name, arity} = pair)
      when is_atom(name) and is_integer(arity) do
    for({mod, pairs} <- functions, pair in pairs, do: {:function, mod}) ++
      for({mod, pairs} <- macros, pair in pairs, do: {:macro, mod})
  end

  def prepend_tracer(%{__struct__: Macro.Env, tracers: tracers} = env, tracer), do: %{env | tracers: [tracer | tracers]}
end

defmodule Macro do
  @moduledoc "Functions to work with quoted code (the AST)."

  def var(name, context) when is_atom(name) and is_atom(context), do: {name, [], context}

  # hidden in Elixir 1.14 but called by libraries: the struct `module` defines, as `%module{}`
  # expands it in `env` (a module's own struct while it is compiled, once its defstruct ran)
  @doc false
  def struct!(module, env) when is_atom(module) do
    (module == env.module and :beamlet_module.compiling_struct(module)) ||
      case Code.ensure_compiled(module) do
        {:module, _} ->
          if function_exported?(module, :__struct__, 0), do: module.__struct__(), else: struct_error(module, env)

        _ ->
          struct_error(module, env)
      end
  end

  defp struct_error(module, env) do
    name = inspect(module)

    raise CompileError,
      file: env.file,
      line: env.line,
      description:
        "#{name}.__struct__/0 is undefined, cannot expand struct #{name}. Make sure the struct name is correct. " <>
          "If the struct name exists and is correct but it still cannot be found, you likely have cyclic module usage in your code"
  end

  def unique_var(name, context) when is_atom(name) and is_atom(context),
    do: {name, [counter: :erlang.unique_integer()], context}

  def generate_arguments(0, _context), do: []

  def generate_arguments(amount, context) when is_integer(amount) and amount > 0 and is_atom(context),
    do: for(id <- 1..amount, do: {String.to_atom("arg" <> Integer.to_string(id)), [], context})

  def generate_unique_arguments(0, _context), do: []

  def generate_unique_arguments(amount, context) when is_integer(amount) and amount > 0 and is_atom(context),
    do: for(id <- 1..amount, do: unique_var(String.to_atom("arg" <> Integer.to_string(id)), context))

  # ---- escape ----------------------------------------------------------------------------------

  # (the work is :elixir_quote.escape/3's, as in Elixir, whose frames a bad value's error shows)
  def escape(expr, opts \\ []) do
    kind = if Keyword.get(opts, :prune_metadata, false), do: :prune_metadata, else: :none
    :elixir_quote.escape(expr, kind, Keyword.get(opts, :unquote, false))
  end

  # ---- traversal -------------------------------------------------------------------------------

  def prewalk(ast, fun) when is_function(fun, 1),
    do: elem(prewalk(ast, nil, fn x, nil -> {fun.(x), nil} end), 0)

  def prewalk(ast, acc, fun) when is_function(fun, 2), do: traverse(ast, acc, fun, fn x, a -> {x, a} end)

  def postwalk(ast, fun) when is_function(fun, 1),
    do: elem(postwalk(ast, nil, fn x, nil -> {fun.(x), nil} end), 0)

  def postwalk(ast, acc, fun) when is_function(fun, 2), do: traverse(ast, acc, fn x, a -> {x, a} end, fun)

  def traverse(ast, acc, pre, post) when is_function(pre, 2) and is_function(post, 2) do
    {ast, acc} = pre.(ast, acc)
    do_traverse(ast, acc, pre, post)
  end

  defp do_traverse({form, meta, args}, acc, pre, post) when is_atom(form) do
    {args, acc} = do_traverse_args(args, acc, pre, post)
    post.({form, meta, args}, acc)
  end

  defp do_traverse({form, meta, args}, acc, pre, post) do
    {form, acc} = pre.(form, acc)
    {form, acc} = do_traverse(form, acc, pre, post)
    {args, acc} = do_traverse_args(args, acc, pre, post)
    post.({form, meta, args}, acc)
  end

  defp do_traverse({left, right}, acc, pre, post) do
    {left, acc} = pre.(left, acc)
    {left, acc} = do_traverse(left, acc, pre, post)
    {right, acc} = pre.(right, acc)
    {right, acc} = do_traverse(right, acc, pre, post)
    post.({left, right}, acc)
  end

  defp do_traverse(list, acc, pre, post) when is_list(list) do
    {list, acc} = do_traverse_args(list, acc, pre, post)
    post.(list, acc)
  end

  defp do_traverse(x, acc, _pre, post), do: post.(x, acc)

  defp do_traverse_args(args, acc, _pre, _post) when is_atom(args), do: {args, acc}

  defp do_traverse_args(args, acc, pre, post) when is_list(args) do
    :lists.mapfoldl(
      fn x, acc ->
        {x, acc} = pre.(x, acc)
        do_traverse(x, acc, pre, post)
      end,
      acc,
      args
    )
  end

  # ---- calls, pipes, metadata ------------------------------------------------------------------

  def decompose_call({{:., _, [remote, function]}, _, args}) when is_tuple(remote) or is_atom(remote), do: {remote, function, args}
  def decompose_call({name, _, args}) when is_atom(name) and is_atom(args), do: {name, []}
  def decompose_call({name, _, args}) when is_atom(name) and is_list(args), do: {name, args}
  def decompose_call(_), do: :error

  # (as Elixir 1.14's: what cannot take a piped argument, each with its own explanation)
  def pipe(expr, {form, _, _} = call_args, _integer) when form in [:&, :{}, :%{}, :__aliases__, :<<>>] do
    raise ArgumentError, bad_pipe(expr, call_args)
  end

  def pipe(expr, {:fn, _, _}, _integer) do
    raise ArgumentError,
          "cannot pipe #{to_string(expr)} into an anonymous function without calling the function; " <>
            "use Kernel.then/2 instead or define the anonymous function as a regular private function"
  end

  def pipe(expr, {call, line, atom}, integer) when is_atom(atom), do: {call, line, List.insert_at([], integer, expr)}

  def pipe(_expr, {op, _line, [arg]}, _integer) when op in [:+, :-] do
    raise ArgumentError,
          "piping into a unary operator is not supported, please use the qualified name: " <>
            "Kernel.#{op}(#{to_string(arg)}), instead of #{op}#{to_string(arg)}"
  end

  def pipe(expr, {op, line, args} = call_args, integer) when is_list(args) do
    cond do
      is_atom(op) and operator?(op, 1) ->
        raise ArgumentError, "cannot pipe #{to_string(expr)} into #{to_string(call_args)}, the #{inspect(op)} operator can only take one argument"

      is_atom(op) and operator?(op, 2) ->
        raise ArgumentError, "cannot pipe #{to_string(expr)} into #{to_string(call_args)}, the #{inspect(op)} operator can only take two arguments"

      true ->
        {op, line, List.insert_at(args, integer, expr)}
    end
  end

  def pipe(expr, call_args, _integer), do: raise(ArgumentError, bad_pipe(expr, call_args))

  defp bad_pipe(expr, call_args) do
    "cannot pipe #{to_string(expr)} into #{to_string(call_args)}, " <>
      "can only pipe into local calls foo(), remote calls Foo.bar() or anonymous function calls foo.()"
  end

  def unpipe(expr), do: :lists.reverse(unpipe(expr, []))
  defp unpipe({:|>, _, [left, right]}, acc), do: unpipe(right, unpipe(left, acc))
  defp unpipe(other, acc), do: [{other, 0} | acc]

  # (the node's own meta only, a variable's too: not its children's)
  def update_meta({left, meta, right}, fun) when is_list(meta), do: {left, fun.(meta), right}
  def update_meta(other, _fun), do: other

  # Lazy enumerables (reducer functions, as Elixir 1.14's): each step walks only as far as the
  # next node, so Enum.take/find on a huge tree stop early. The buffer holds {:walk, node} for a
  # subtree still to visit and, for postwalker, {:emit, node} for a node whose children are done.
  def prewalker(ast), do: &walker([{:walk, ast}], :pre, &1, &2)

  def postwalker(ast), do: &walker([{:walk, ast}], :post, &1, &2)

  defp walker(_buffer, _order, {:halt, acc}, _fun), do: {:halted, acc}
  defp walker(buffer, order, {:suspend, acc}, fun), do: {:suspended, acc, &walker(buffer, order, &1, fun)}
  defp walker([], _order, {:cont, acc}, _fun), do: {:done, acc}
  defp walker([{:emit, node} | rest], order, {:cont, acc}, fun), do: walker(rest, order, fun.(node, acc), fun)

  defp walker([{:walk, node} | rest], :pre, {:cont, acc}, fun),
    do: walker(walk_children(node, rest), :pre, fun.(node, acc), fun)

  defp walker([{:walk, node} | rest], :post, acc, fun),
    do: walker(walk_children(node, [{:emit, node} | rest]), :post, acc, fun)

  defp walk_children({form, _meta, args}, rest) when is_atom(form) and is_list(args), do: walk_list(args, rest)
  defp walk_children({form, _meta, args}, rest) when is_list(args), do: [{:walk, form} | walk_list(args, rest)]
  defp walk_children({left, right}, rest), do: [{:walk, left}, {:walk, right} | rest]
  defp walk_children(list, rest) when is_list(list), do: walk_list(list, rest)
  defp walk_children(_leaf, rest), do: rest

  defp walk_list(list, rest), do: :lists.foldr(fn x, acc -> [{:walk, x} | acc] end, rest, list)

  @doc """
  The path from the first node (depth-first, left to right) for which `fun` returns a truthy value
  up to the root: that node first, then each node it stands in. `nil` when there is none. A call's
  name atom and a variable's context are not nodes of their own.
  """
  def path(ast, fun) when is_function(fun, 1), do: path_to(ast, [], fun)

  defp path_to({form, _meta, args} = node, acc, fun) when is_atom(form) do
    acc = [node | acc]
    if fun.(node), do: acc, else: path_args(args, acc, fun)
  end

  defp path_to({form, _meta, args} = node, acc, fun) do
    acc = [node | acc]
    if fun.(node), do: acc, else: path_to(form, acc, fun) || path_args(args, acc, fun)
  end

  defp path_to({left, right} = node, acc, fun) do
    acc = [node | acc]
    if fun.(node), do: acc, else: path_to(left, acc, fun) || path_to(right, acc, fun)
  end

  defp path_to(list, acc, fun) when is_list(list) do
    acc = [list | acc]
    if fun.(list), do: acc, else: path_list(list, acc, fun)
  end

  defp path_to(other, acc, fun), do: if(fun.(other), do: [other | acc])

  defp path_args(atom, _acc, _fun) when is_atom(atom), do: nil
  defp path_args(list, acc, fun) when is_list(list), do: path_list(list, acc, fun)

  defp path_list([], _acc, _fun), do: nil
  defp path_list([arg | args], acc, fun), do: path_to(arg, acc, fun) || path_list(args, acc, fun)

  def quoted_literal?({:__aliases__, _, args}), do: quoted_literal?(args)
  def quoted_literal?({:%, _, [left, right]}), do: quoted_literal?(left) and quoted_literal?(right)
  def quoted_literal?({:%{}, _, args}), do: quoted_literal?(args)
  def quoted_literal?({:{}, _, args}), do: quoted_literal?(args)
  def quoted_literal?({left, right}), do: quoted_literal?(left) and quoted_literal?(right)
  def quoted_literal?(list) when is_list(list), do: Enum.all?(list, &quoted_literal?/1)
  def quoted_literal?(term), do: is_atom(term) or is_number(term) or is_binary(term)

  def validate(expr) do
    case find_invalid(expr) do
      nil -> :ok
      invalid -> {:error, invalid}
    end
  end

  defp find_invalid({left, right}), do: find_invalid(left) || find_invalid(right)

  defp find_invalid({left, meta, right}) when is_list(meta) and (is_atom(right) or is_list(right)),
    do: find_invalid(left) || find_invalid(right)

  defp find_invalid(list) when is_list(list), do: Enum.find_value(list, &find_invalid/1)
  defp find_invalid(pid) when is_pid(pid), do: nil
  defp find_invalid(atom) when is_atom(atom), do: nil
  defp find_invalid(num) when is_number(num), do: nil
  defp find_invalid(bin) when is_binary(bin), do: nil

  defp find_invalid(fun) when is_function(fun) do
    if Function.info(fun, :env) == {:env, []} and Function.info(fun, :type) == {:type, :external},
      do: nil,
      else: fun
  end

  defp find_invalid(other), do: other

  def special_form?(name, arity) when is_atom(name) and is_integer(arity),
    do: :beamlet_macro.special_form?(name, arity)

  def operator?(name, arity) when is_atom(name) and is_integer(arity),
    do: :beamlet_macro.operator?(name, arity)

  def classify_atom(atom) when is_atom(atom), do: :beamlet_macro.classify_atom(atom)

  def inspect_atom(:literal, atom) when is_atom(atom), do: inspect(atom)
  def inspect_atom(:key, atom) when is_atom(atom), do: :beamlet_macro.inspect_atom_key(atom)

  # a function name after `Mod.`: an identifier or an operator as it is, anything else quoted
  def inspect_atom(:remote_call, atom) when is_atom(atom),
    do: :beamlet_macro.inspect_atom_remote_call(atom)

  # ---- text ------------------------------------------------------------------------------------

  def to_string(tree), do: :beamlet_macro.to_string(tree)

  @doc false
  def __dbg__(header, to_debug, options), do: :beamlet_dbg.__dbg__(header, to_debug, options)

  def dbg(code, options, %Macro.Env{} = env), do: :beamlet_kernel_call_expansions.dbg_quoted(code, options, env)

  # (deprecated: the compiler warns at the call; the printer from before the formatter)
  def to_string(tree, fun) when is_function(fun, 2), do: :beamlet_macro_to_string_fun.to_string(tree, fun)

  def underscore(atom) when is_atom(atom) do
    "Elixir." <> rest = Atom.to_string(atom)
    underscore(rest)
  end

  def underscore(<<h, t::binary>>), do: <<to_lower_char(h)>> <> do_underscore(t, h)
  def underscore(""), do: ""

  defp do_underscore(<<h, t, rest::binary>>, _)
       when h >= ?A and h <= ?Z and not (t >= ?A and t <= ?Z) and not (t >= ?0 and t <= ?9) and t != ?. and t != ?_ do
    <<?_, to_lower_char(h), t>> <> do_underscore(rest, t)
  end

  defp do_underscore(<<h, t::binary>>, prev) when h >= ?A and h <= ?Z and not (prev >= ?A and prev <= ?Z) and prev != ?_,
    do: <<?_, to_lower_char(h)>> <> do_underscore(t, h)

  defp do_underscore(<<?., t::binary>>, _), do: <<?/>> <> underscore(t)
  defp do_underscore(<<h, t::binary>>, _), do: <<to_lower_char(h)>> <> do_underscore(t, h)
  defp do_underscore(<<>>, _), do: <<>>

  def camelize(""), do: ""
  def camelize(<<?_, t::binary>>), do: camelize(t)
  def camelize(<<h, t::binary>>), do: <<to_upper_char(h)>> <> do_camelize(t)

  defp do_camelize(<<?_, ?_, t::binary>>), do: do_camelize(<<?_, t::binary>>)
  defp do_camelize(<<?_, h, t::binary>>) when h >= ?a and h <= ?z, do: <<to_upper_char(h)>> <> do_camelize(t)
  defp do_camelize(<<?_, h, t::binary>>) when h >= ?0 and h <= ?9, do: <<h>> <> do_camelize(t)
  defp do_camelize(<<?_>>), do: <<>>
  defp do_camelize(<<?/, t::binary>>), do: <<?.>> <> camelize(t)
  defp do_camelize(<<h, t::binary>>), do: <<h>> <> do_camelize(t)
  defp do_camelize(<<>>), do: <<>>

  defp to_upper_char(char) when char >= ?a and char <= ?z, do: char - 32
  defp to_upper_char(char), do: char
  defp to_lower_char(char) when char >= ?A and char <= ?Z, do: char + 32
  defp to_lower_char(char), do: char

  @doc "Unescapes a string as a lowercase sigil does (\\n, \\t, \\xHH, \\u{...} ...)."
  def unescape_string(string) when is_binary(string), do: :beamlet_macro.unescape_string(string)

  # deprecated in 1.14 (still there): the binaries of a token list unescaped, the rest as is
  def unescape_tokens(tokens) when is_list(tokens) do
    for token <- tokens, do: if(is_binary(token), do: unescape_string(token), else: token)
  end

  def unescape_tokens(tokens, map) when is_list(tokens) do
    for token <- tokens, do: if(is_binary(token), do: unescape_string(token, map), else: token)
  end

  @doc """
  Unescapes a string as `map` says, as Elixir's :elixir_interpolation does: `map` is called with
  `:newline`, `:hex` and `:unicode` (true unescapes the sequence, false keeps it) and with the byte
  after any other backslash (false keeps the escape, else the byte it gives is put in its place).
  """
  def unescape_string(string, map), do: unescape_chars(string, map, "")

  defp unescape_chars(<<?\\, ?x, rest::binary>> = text, map, acc) do
    case map.(:hex) do
      true -> unescape_sequence(text, map, acc)
      false -> unescape_chars(rest, map, <<acc::binary, ?\\, ?x>>)
    end
  end

  defp unescape_chars(<<?\\, ?u, rest::binary>> = text, map, acc) do
    case map.(:unicode) do
      true -> unescape_sequence(text, map, acc)
      false -> unescape_chars(rest, map, <<acc::binary, ?\\, ?u>>)
    end
  end

  defp unescape_chars(<<?\\, ?\n, rest::binary>>, map, acc) do
    case map.(:newline) do
      true -> unescape_chars(rest, map, acc)
      false -> unescape_chars(rest, map, <<acc::binary, ?\\, ?\n>>)
    end
  end

  defp unescape_chars(<<?\\, ?\r, ?\n, rest::binary>>, map, acc) do
    case map.(:newline) do
      true -> unescape_chars(rest, map, acc)
      false -> unescape_chars(rest, map, <<acc::binary, ?\\, ?\r, ?\n>>)
    end
  end

  defp unescape_chars(<<?\\, escaped, rest::binary>>, map, acc) do
    case map.(escaped) do
      false -> unescape_chars(rest, map, <<acc::binary, ?\\, escaped>>)
      # (Erlang's construction there fails with a bare badarg)
      other when is_integer(other) -> unescape_chars(rest, map, <<acc::binary, other>>)
      _ -> :erlang.error(:badarg)
    end
  end

  defp unescape_chars(<<char, rest::binary>>, map, acc), do: unescape_chars(rest, map, <<acc::binary, char>>)
  defp unescape_chars(<<>>, _map, acc), do: acc

  defp unescape_chars(other, map, acc) do
    raise FunctionClauseError, module: :elixir_interpolation, function: :unescape_chars, arity: 3
  end

  defp unescape_sequence(text, map, acc) do
    {bytes, rest} = :beamlet_macro.unescape_escape(text)
    unescape_chars(rest, map, acc <> bytes)
  end

  # ---- expansion -------------------------------------------------------------------------------

  def expand(ast, env), do: expand_until({ast, true}, env)

  defp expand_until({ast, true}, env), do: expand_until(do_expand_once(ast, env), env)
  defp expand_until({ast, false}, _env), do: ast

  def expand_once(ast, env), do: elem(do_expand_once(ast, env), 0)

  # a quoted literal's aliases expanded (the only literal nodes that expand); anything else as given
  def expand_literal(ast, env) do
    if quoted_literal?(ast) do
      prewalk(ast, fn
        {:__aliases__, _, _} = alias -> expand(alias, env)
        other -> other
      end)
    else
      ast
    end
  end

  defp do_expand_once({:__aliases__, meta, [head | tail]} = original, env) when is_atom(head) do
    base =
      case Keyword.fetch(meta, :alias) do
        {:ok, false} -> Module.concat([head])
        {:ok, full} when is_atom(full) -> full
        :error ->
          case :lists.keyfind(Module.concat([head]), 1, env.aliases) do
            {_, full} -> full
            false -> Module.concat([head])
          end
      end

    case tail do
      [] -> {base, true}
      _ -> if Enum.all?(tail, &is_atom/1), do: {Module.concat([base | tail]), true}, else: {original, false}
    end
  end

  defp do_expand_once({:__MODULE__, _, ctx}, env) when is_atom(ctx), do: {env.module, true}
  defp do_expand_once({:__DIR__, _, ctx}, env) when is_atom(ctx), do: {:filename.dirname(env.file), true}
  defp do_expand_once({:__ENV__, _, ctx}, env) when is_atom(ctx), do: {{:%{}, [], Map.to_list(env)}, true}

  # __ENV__.field is the field's value
  defp do_expand_once({{:., _, [{:__ENV__, _, ctx}, field]}, _, []} = original, env) when is_atom(ctx) and is_atom(field) do
    case Map.fetch(env, field) do
      {:ok, value} -> {Macro.escape(value), true}
      :error -> {original, false}
    end
  end

  defp do_expand_once({{:., _, [left, name]}, meta, args} = original, env) when is_atom(name) and is_list(args) do
    # (a call that is no macro stays as written, its receiver's alias too; so does a macro of a
    # module the environment has not required; its own module counts as required)
    receiver = expand(left, env)

    if receiver == Kernel or not is_atom(receiver) or receiver in env.requires or receiver == env.module,
      do: expand_macro(receiver, name, args, meta, env, original),
      else: {original, false}
  end

  # Kernel's unary - and + of an integer (of another such, `-(-2)`) expand to the integer
  defp do_expand_once({op, _, [_]} = original, _env) when op in [:-, :+] do
    case unary_integer(original) do
      {:ok, n} -> {n, true}
      :error -> {original, false}
    end
  end

  defp do_expand_once({name, meta, args} = original, env) when is_atom(name) and is_list(args) and is_list(meta) do
    arity = length(args)

    found =
      Enum.find_value(env.macros, fn {mod, list} ->
        if {name, arity} in list, do: mod
      end)

    case found do
      nil -> {original, false}
      Kernel -> expand_kernel(name, args, meta, env, original)
      mod -> expand_macro(mod, name, args, meta, env, original)
    end
  end

  defp do_expand_once(other, _env), do: {other, false}

  defp unary_integer(n) when is_integer(n), do: {:ok, n}

  defp unary_integer({op, _, [arg]}) when op in [:-, :+] do
    case unary_integer(arg) do
      {:ok, n} when op == :- -> {:ok, -n}
      found -> found
    end
  end

  defp unary_integer(_), do: :error

  defp expand_macro(Kernel, name, args, meta, env, original), do: expand_kernel(name, args, meta, env, original)

  defp expand_macro(receiver, name, args, meta, env, original) when is_atom(receiver) do
    fun = String.to_atom("MACRO-" <> Atom.to_string(name))

    if receiver != Kernel and Code.ensure_loaded?(receiver) and function_exported?(receiver, fun, length(args) + 1) do
      line = Keyword.get(meta, :line, 0)
      caller = %{env | line: line}

      result =
        try do
          apply(receiver, fun, [caller | args])
        catch
          kind, reason ->
            stacktrace = :beamlet_macro_expansion.stacktrace(__STACKTRACE__, receiver, name, length(args), caller)
            :erlang.raise(kind, reason, stacktrace)
        end

      {:beamlet_macro.linify(result, 0, receiver, :erlang.unique_integer()), true}
    else
      {original, false}
    end
  end

  defp expand_macro(_receiver, _name, _args, _meta, _env, original), do: {original, false}

  defp kernel_expansion(:if, 2), do: {:ok, :beamlet_kernel_expansions, :"MACRO-if_"}
  defp kernel_expansion(:unless, 2), do: {:ok, :beamlet_kernel_expansions, :"MACRO-unless_"}
  defp kernel_expansion(:&&, 2), do: {:ok, :beamlet_kernel_expansions, :"MACRO-and_"}
  defp kernel_expansion(:||, 2), do: {:ok, :beamlet_kernel_expansions, :"MACRO-or_"}
  defp kernel_expansion(:!, 1), do: {:ok, :beamlet_kernel_expansions, :"MACRO-not_"}
  defp kernel_expansion(:|>, 2), do: {:ok, :beamlet_kernel_expansions, :"MACRO-pipe_"}
  defp kernel_expansion(:is_nil, 1), do: {:ok, :beamlet_kernel_expansions, :"MACRO-is_nil_"}
  defp kernel_expansion(:and, 2), do: {:ok, :beamlet_kernel_expansions, :"MACRO-andalso_"}
  defp kernel_expansion(:or, 2), do: {:ok, :beamlet_kernel_expansions, :"MACRO-orelse_"}
  defp kernel_expansion(:match?, 2), do: {:ok, :beamlet_kernel_expansions, :"MACRO-match_"}
  defp kernel_expansion(:<>, 2), do: {:ok, :beamlet_kernel_expansions, :"MACRO-concat_"}
  defp kernel_expansion(:to_string, 1), do: {:ok, :beamlet_kernel_expansions, :"MACRO-to_string_"}
  defp kernel_expansion(:to_charlist, 1), do: {:ok, :beamlet_kernel_expansions, :"MACRO-to_charlist_"}
  defp kernel_expansion(:then, 2), do: {:ok, :beamlet_kernel_expansions, :"MACRO-then_"}
  defp kernel_expansion(:tap, 2), do: {:ok, :beamlet_kernel_expansions, :"MACRO-tap_"}
  defp kernel_expansion(:var!, 1), do: {:ok, :beamlet_kernel_expansions, :"MACRO-var_"}
  defp kernel_expansion(:alias!, 1), do: {:ok, :beamlet_kernel_expansions, :"MACRO-alias_"}
  defp kernel_expansion(:is_struct, 1), do: {:ok, :beamlet_kernel_expansions, :"MACRO-is_struct_"}
  defp kernel_expansion(:is_exception, 1), do: {:ok, :beamlet_kernel_expansions, :"MACRO-is_exception_"}
  defp kernel_expansion(:is_struct, 2), do: {:ok, :beamlet_kernel_expansions, :"MACRO-is_struct_"}
  defp kernel_expansion(:is_exception, 2), do: {:ok, :beamlet_kernel_expansions, :"MACRO-is_exception_"}
  defp kernel_expansion(:in, 2), do: {:ok, :beamlet_kernel_expansions, :"MACRO-in_"}
  defp kernel_expansion(:.., 2), do: {:ok, :beamlet_kernel_expansions, :"MACRO-range_"}
  defp kernel_expansion(:"..//", 3), do: {:ok, :beamlet_kernel_expansions, :"MACRO-range_step_"}
  defp kernel_expansion(:raise, 1), do: {:ok, :beamlet_kernel_expansions, :"MACRO-raise_"}
  defp kernel_expansion(:raise, 2), do: {:ok, :beamlet_kernel_expansions, :"MACRO-raise_"}
  defp kernel_expansion(sigil, 2) when sigil in [:sigil_s, :sigil_S, :sigil_c, :sigil_C, :sigil_w, :sigil_W],
    do: {:ok, :beamlet_kernel_expansions, String.to_atom("MACRO-" <> Atom.to_string(sigil) <> "_")}
  defp kernel_expansion(:put_in, 2), do: {:ok, :beamlet_kernel_path_expansions, :"MACRO-put_in_"}
  defp kernel_expansion(:update_in, 2), do: {:ok, :beamlet_kernel_path_expansions, :"MACRO-update_in_"}
  defp kernel_expansion(:get_and_update_in, 2), do: {:ok, :beamlet_kernel_path_expansions, :"MACRO-get_and_update_in_"}
  defp kernel_expansion(:pop_in, 1), do: {:ok, :beamlet_kernel_path_expansions, :"MACRO-pop_in_"}
  defp kernel_expansion(:binding, arity) when arity in 0..1, do: {:ok, :beamlet_kernel_call_expansions, :"MACRO-binding_"}
  defp kernel_expansion(:dbg, arity) when arity in 0..2, do: {:ok, :beamlet_kernel_call_expansions, :"MACRO-dbg_"}
  defp kernel_expansion(:reraise, arity) when arity in 2..3, do: {:ok, :beamlet_kernel_call_expansions, :"MACRO-reraise_"}
  defp kernel_expansion(:destructure, 2), do: {:ok, :beamlet_kernel_call_expansions, :"MACRO-destructure_"}
  defp kernel_expansion(:defstruct, 1), do: {:ok, :beamlet_kernel_def_expansions, :"MACRO-defstruct_"}
  defp kernel_expansion(:defdelegate, 2), do: {:ok, :beamlet_kernel_def_expansions, :"MACRO-defdelegate_"}
  defp kernel_expansion(:defexception, 1), do: {:ok, :beamlet_kernel_def_expansions, :"MACRO-defexception_"}
  defp kernel_expansion(_, _), do: :error

  # a literal ~r/~R is compiled while expanding (an interpolated ~r is a Regex.compile! call)
  defp kernel_sigil_expansion(sigil, [{:<<>>, _, [source]}, _]) when sigil in [:sigil_r, :sigil_R] and is_binary(source),
    do: {:ok, :beamlet_kernel_call_expansions, String.to_atom("MACRO-" <> Atom.to_string(sigil) <> "_")}

  defp kernel_sigil_expansion(_, _), do: :error

  # Kernel's control-flow macros expand as Elixir's do; the others are left as they are
  defp expand_kernel(name, args, meta, env, original) do
    # the macro sees the call's own line (0 without one), and the expansion gets no line, as
    # Elixir's Macro.expand/2 does
    line = Keyword.get(meta, :line, 0)

    found =
      with :error <- kernel_expansion(name, length(args)), do: kernel_sigil_expansion(name, args)

    found = if name == :@ and length(args) == 1, do: :attribute, else: found

    case found do
      :attribute ->
        case :beamlet_kernel_attribute_expansions.at(hd(args), %{env | line: line}) do
          {:ok, result} -> {:beamlet_macro.linify(result, 0, Kernel, :erlang.unique_integer()), true}
          :error -> {original, false}
        end

      {:ok, mod, fun} ->
        result = apply(mod, fun, [%{env | line: line} | args])
        {:beamlet_macro.linify(result, 0, Kernel, :erlang.unique_integer()), true}

      :error ->
        case :beamlet_kernel_form_expansions.expand(name, args, %{env | line: line}) do
          {:ok, result} -> {:beamlet_macro.linify(result, 0, Kernel, :erlang.unique_integer()), true}
          :error -> {original, false}
        end
    end
  end
end
