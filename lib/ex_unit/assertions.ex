# ExUnit.Assertions: the functions behind the assertion macros (the macros, which quote the
# asserted code for the failure report, are defined beside them once macros exist).
defmodule ExUnit.Assertions do
  @no_value :ex_unit_no_meaningful_value

  def assert(value, message) when is_binary(message), do: assert(value, message: message)

  def assert(value, opts) when is_list(opts) do
    unless value, do: raise(ExUnit.AssertionError, exactly_equal(opts))
    true
  end

  # a comparison that failed with identical sides says so and shows one side
  defp exactly_equal(opts) do
    case {Keyword.fetch(opts, :left), Keyword.fetch(opts, :right)} do
      {{:ok, same}, {:ok, same}} ->
        opts |> Keyword.delete(:right) |> Keyword.update!(:message, &(&1 <> ", both sides are exactly equal"))

      _ ->
        opts
    end
  end

  def refute(value, message) when is_binary(message), do: not assert(!value, message: message)
  def refute(value, opts) when is_list(opts), do: not assert(!value, opts)

  def flunk(message \\ "Flunked!") when is_binary(message) do
    assert false, message: message
  end

  def assert_in_delta(left, right, delta, message \\ nil)

  def assert_in_delta(_, _, delta, _) when delta < 0 do
    raise ArgumentError, "delta must always be a positive number, got: #{inspect(delta)}"
  end

  def assert_in_delta(left, right, delta, message) do
    diff = abs(left - right)

    message =
      message ||
        "Expected the difference between #{inspect(left)} and #{inspect(right)} " <>
          "(#{inspect(diff)}) to be less than or equal to #{inspect(delta)}"

    assert diff <= delta, message
  end

  def refute_in_delta(left, right, delta, message \\ nil) do
    diff = abs(left - right)

    # a message of the caller's own is followed by the figures; the check is strict (a
    # difference equal to delta passes), as in Elixir 1.14
    message =
      if message do
        message <>
          " (difference between #{inspect(left)} and #{inspect(right)} is less than #{inspect(delta)})"
      else
        "Expected the difference between #{inspect(left)} and #{inspect(right)} " <>
          "(#{inspect(diff)}) to be more than #{inspect(delta)}"
      end

    refute diff < delta, message
  end

  def assert_raise(exception, function) when is_function(function) do
    try do
      __at_line__(761, function.())
    rescue
      error ->
        name = error.__struct__

        cond do
          name == exception ->
            check_error_message(name, error)
            error

          name == ExUnit.AssertionError ->
            reraise(error, __STACKTRACE__)

          true ->
            message =
              "Expected exception #{inspect(exception)} " <>
                "but got #{inspect(name)} (#{Exception.message(error)})"

            reraise(ExUnit.AssertionError.exception(message: message), __STACKTRACE__)
        end
    else
      _ -> flunk("Expected exception #{inspect(exception)} but nothing was raised")
    end
  end

  def assert_raise(exception, message, function) when is_function(function) do
    error = __at_line__(730, assert_raise(exception, function))

    match? =
      cond do
        is_binary(message) -> Exception.message(error) == message
        Kernel.is_struct(message, Regex) -> Regex.match?(message, Exception.message(error))
      end

    message =
      "Wrong message for #{inspect(exception)}\n" <>
        "expected:\n" <>
        "  #{inspect(message)}\n" <>
        "actual:\n" <> "  #{inspect(Exception.message(error))}"

    assert match?, message: message
    error
  end

  defp check_error_message(module, error) do
    module.message(error)
  catch
    kind, reason ->
      message =
        "Got exception #{inspect(module)} but it failed to produce a message with:\n\n" <>
          Exception.format(kind, reason, __STACKTRACE__)

      flunk(message)
  end

  @doc false
  # the failure of assert_receive/assert_received: the mailbox is shown against the pattern
  def __receive_failure__(timeout, expr, pattern, pins) do
    {:messages, messages} = Process.info(self(), :messages)
    # the newest ten are shown, as in Elixir 1.14
    shown = Enum.take(messages, -10)

    header =
      case messages do
        [] -> "The process mailbox is empty."
        [_] -> "Showing 1 of 1 message in the mailbox"
        _ -> "Showing #{length(shown)} of #{length(messages)} messages in the mailbox"
      end

    opts = [message: "Assertion failed, no matching message after #{timeout}ms" <> pins_text(pins) <> "\n" <> header, expr: expr]
    # (each message is shown against the pattern, its left; no left: line)
    opts = if shown == [], do: opts, else: opts ++ [left: pattern, context: {:mailbox, pins, shown}]
    raise ExUnit.AssertionError, opts
  end

  defp pins_text([]), do: ""

  defp pins_text(pins) do
    "\nThe following variables were pinned:" <> Enum.map_join(pins, fn {name, value} -> "\n  #{name} = #{inspect(value)}" end)
  end

  @doc false
  def __refute_receive_failure__(message, pattern_string) do
    flunk("Unexpectedly received message #{inspect(message)} (which matched #{pattern_string})")
  end

  @doc false
  def __no_value__, do: @no_value

  # ---- the macros: they quote the asserted code for the report -----------------------------------

  @operators [:==, :<, :>, :<=, :>=, :===, :=~, :!==, :!=, :in]

  # (the code shown keeps the operator's line on the assert around it, as Elixir's does)
  defmacro assert({:=, meta, [left, right]} = assertion) do
    code = Macro.escape({:assert, meta, [assertion]}, prune_metadata: true)
    shown = escape_pattern(left, __CALLER__)
    left = expand_pattern(left, __CALLER__)
    vars = collect_vars(left)

    quote do
      right = unquote(right)

      unquote(vars) =
        case right do
          unquote(left) ->
            unquote(vars)

          _ ->
            raise ExUnit.AssertionError,
              right: right,
              expr: unquote(code),
              message: "match (=) failed",
              left: unquote(shown),
              context: {:match, unquote(collect_pins(left))}
        end

      right
    end
  end

  # (Elixir's shape: match?/2 of the pattern written and the value, given to assert/2)
  defmacro assert({:match?, meta, [left, right]} = assertion) do
    code = Macro.escape({:assert, meta, [assertion]}, prune_metadata: true)
    shown = escape_pattern(left, __CALLER__)
    pins = collect_pins(left)
    match = {:match?, meta, [left, quote(do: right)]}

    quote do
      right = unquote(right)
      left = unquote(shown)

      ExUnit.Assertions.assert(unquote(match),
        right: right,
        left: left,
        expr: unquote(code),
        message: "match (match?) failed",
        context: {:match, unquote(pins)}
      )
    end
  end

  defmacro assert({op, meta, [left, right]} = assertion) when op in @operators do
    code = Macro.escape({:assert, meta, [assertion]}, prune_metadata: true)
    message = "Assertion with #{op} failed"
    # (=== compares 1 and 1.0 as different: its sides are diffed so)
    context = if op == :===, do: :===, else: :==

    quote do
      left = unquote(left)
      right = unquote(right)
      ExUnit.Assertions.assert(unquote({op, [], [quote(do: left), quote(do: right)]}),
        left: left, right: right, expr: unquote(code), message: unquote(message), context: unquote(context))
    end
  end

  defmacro assert(assertion) do
    code = Macro.escape({:assert, [], [assertion]}, prune_metadata: true)
    {args, value} = extract_args(assertion, __CALLER__)

    # (Elixir's shape: the value bound in the if's condition, where an error in it is expanded)
    quote generated: true do
      if value = unquote(value) do
        value
      else
        raise ExUnit.AssertionError, args: unquote(args), expr: unquote(code), message: "Expected truthy, got #{inspect(value)}"
      end
    end
  end

  defmacro refute({:match?, meta, [left, right]} = assertion) do
    code = Macro.escape({:refute, meta, [assertion]}, prune_metadata: true)
    shown = escape_pattern(left, __CALLER__)
    pins = collect_pins(left)
    match = {:match?, meta, [left, quote(do: right)]}

    quote do
      right = unquote(right)
      left = unquote(shown)

      ExUnit.Assertions.refute(unquote(match),
        right: right,
        left: left,
        expr: unquote(code),
        message: "match (match?) succeeded, but should have failed",
        context: {:match, unquote(pins)}
      )
    end
  end

  defmacro refute({op, meta, [left, right]} = assertion) when op in @operators do
    code = Macro.escape({:refute, meta, [assertion]}, prune_metadata: true)
    message = "Refute with #{op} failed"

    # (Elixir's shape: the negated comparison asserted, in a block under !/1)
    block =
      quote do
        left = unquote(left)
        right = unquote(right)
        ExUnit.Assertions.assert(not unquote({op, [], [quote(do: left), quote(do: right)]}),
          left: left, right: right, expr: unquote(code), message: unquote(message))
      end

    {:!, [], [block]}
  end

  defmacro refute(assertion) do
    code = Macro.escape({:refute, [], [assertion]}, prune_metadata: true)
    {args, value} = extract_args(assertion, __CALLER__)

    # (as assert's; the value refuted, nil or false, is what it returns)
    quote generated: true do
      if value = unquote(value) do
        raise ExUnit.AssertionError, args: unquote(args), expr: unquote(code), message: "Expected false or nil, got #{inspect(value)}"
      else
        value
      end
    end
  end

  # as ExUnit: a function call's arguments are evaluated first, to be shown in the report when
  # the call fails (not for an operator, a special form, a macro, or literal arguments only)
  defp extract_args({root, meta, [_ | _] = args} = expr, env) do
    arity = length(args)
    reserved? = is_atom(root) and (Macro.special_form?(root, arity) or Macro.operator?(root, arity))
    all_quoted_literals? = Enum.all?(args, &Macro.quoted_literal?/1)

    case Macro.expand_once(expr, env) do
      ^expr when not reserved? and not all_quoted_literals? ->
        vars = for i <- 1..arity, do: Macro.var(:"arg#{i}", __MODULE__)

        quoted =
          quote do
            {unquote_splicing(vars)} = {unquote_splicing(args)}
            unquote({root, meta, vars})
          end

        {vars, quoted}

      other ->
        {@no_value, other}
    end
  end

  defp extract_args(expr, _env), do: {@no_value, expr}

  # the default timeouts are the configuration's when the assertion runs, as Elixir's; a given
  # one is checked then too (:infinity, a float or a negative number raise)
  defmacro assert_receive(pattern, timeout \\ nil, failure_message \\ nil) do
    timeout = quote(do: ExUnit.Assertions.__timeout__(unquote(timeout), :assert_receive_timeout))
    receive_assertion(:assert_receive, pattern, timeout, failure_message, __CALLER__)
  end

  @doc false
  # (the application's environment, as Elixir's: without ExUnit.start/1 it is not loaded, and
  # Application.fetch_env!/2 raises under the assertion's caller, this call being a tail call)
  def __timeout__(nil, key), do: Application.fetch_env!(:ex_unit, key)
  def __timeout__(timeout, _key) when is_integer(timeout) and timeout >= 0, do: timeout
  def __timeout__(timeout, _key), do: raise(ArgumentError, "timeout must be a non-negative integer, got: #{inspect(timeout)}")

  defmacro assert_received(pattern, failure_message \\ nil) do
    receive_assertion(:assert_received, pattern, 0, failure_message, __CALLER__)
  end

  defp receive_assertion(kind, pattern, timeout, failure_message, caller) do
    code = Macro.escape({kind, [], [pattern]}, prune_metadata: true)
    # (the mailbox shows each message against the pattern with its aliases and attributes expanded)
    shown = escape_pattern(pattern, caller)
    vars = collect_vars(pattern)

    # (as Elixir's: `head = received`, a guard kept only when written, so that an error in the
    # pattern is as deep in the expander as there)
    clause_head =
      case pattern do
        {:when, meta, [head, guard]} -> {:when, meta, [quote(do: unquote(head) = received), guard]}
        head -> quote(do: unquote(head) = received)
      end

    failure =
      if failure_message do
        quote(do: flunk(unquote(failure_message)))
      else
        quote(do: ExUnit.Assertions.__receive_failure__(timeout, unquote(code), unquote(shown), unquote(collect_pins(pattern))))
      end

    quote do
      timeout = unquote(timeout)

      {received, unquote(vars)} =
        receive do
          unquote(clause_head) -> {received, unquote(vars)}
        after
          timeout -> unquote(failure)
        end

      received
    end
  end

  # a flunk with no code: the report shows the source line of the failing call in the test, as
  # Elixir's (the call of a helper that refuted, the whole line as written)
  defmacro refute_receive(pattern), do: refute_receive_assertion(pattern, refute_timeout(nil), nil)
  defmacro refute_receive(pattern, timeout), do: refute_receive_assertion(pattern, refute_timeout(timeout), nil)

  defmacro refute_receive(pattern, timeout, failure_message),
    do: refute_receive_assertion(pattern, refute_timeout(timeout), failure_message)

  defp refute_timeout(timeout), do: quote(do: ExUnit.Assertions.__timeout__(unquote(timeout), :refute_receive_timeout))

  defmacro refute_received(pattern), do: refute_receive_assertion(pattern, 0, nil)

  defmacro refute_received(pattern, failure_message),
    do: refute_receive_assertion(pattern, 0, failure_message)

  defp refute_receive_assertion(pattern, timeout, failure_message) do
    pattern_string = Macro.to_string(pattern)

    failure =
      if failure_message do
        quote(do: flunk(unquote(failure_message)))
      else
        quote(do: ExUnit.Assertions.__refute_receive_failure__(message, unquote(pattern_string)))
      end

    # as Elixir's: without a message the pattern is matched whole, so a guard written into it
    # (`{:v, x} when x > 5`) is a CompileError (when/2 inside a match); with one, the pattern is
    # the clause's head and its guard a guard
    head = if failure_message, do: pattern, else: quote(do: unquote(pattern) = message)
    clause = [{:->, [], [[head], failure]}]

    quote do
      receive do
        unquote(clause)
      after
        unquote(timeout) -> false
      end
    end
  end

  defmacro catch_throw(expression) do
    # the flunk is outside the try: its own error must not be caught
    quote do
      result =
        try do
          {:ok, unquote(expression)}
        catch
          :throw, value -> {:caught, value}
        end

      case result do
        {:caught, value} -> value
        {:ok, _} -> flunk("Expected to catch throw, got nothing")
      end
    end
  end

  defmacro catch_exit(expression) do
    # the flunk is outside the try: its own error must not be caught
    quote do
      result =
        try do
          {:ok, unquote(expression)}
        catch
          :exit, value -> {:caught, value}
        end

      case result do
        {:caught, value} -> value
        {:ok, _} -> flunk("Expected to catch exit, got nothing")
      end
    end
  end

  defmacro catch_error(expression) do
    # the flunk is outside the try: its own error must not be caught
    quote do
      result =
        try do
          {:ok, unquote(expression)}
        catch
          :error, value -> {:caught, value}
        end

      case result do
        {:caught, value} -> value
        {:ok, _} -> flunk("Expected to catch error, got nothing")
      end
    end
  end

  # a pattern as the report shows it (and as it matches): aliases, attributes and macros expanded
  # (a guard is left to the compiler, which expands it as a guard: `a and b` expanded here would be
  # a case, no guard)
  defp expand_pattern({:when, meta, [left, right]}, caller),
    do: {:when, meta, [expand_pattern(left, caller), right]}

  defp expand_pattern({:quote, _, [_]} = expr, _caller), do: expr
  defp expand_pattern({:quote, _, [_, _]} = expr, _caller), do: expr
  defp expand_pattern({:__aliases__, _, _} = expr, caller), do: Macro.expand(expr, caller)

  # a module attribute stays in the pattern (the compiler reads it there); the report shows its
  # value, escaped when the assertion fails (escape_pattern/1)
  defp expand_pattern({:@, _, [{attribute, _, context}]} = expr, _caller) when is_atom(attribute) and is_atom(context),
    do: expr

  defp expand_pattern({left, meta, right} = expr, caller) do
    case Macro.expand(expr, caller) do
      ^expr -> {expand_pattern(left, caller), meta, expand_pattern(right, caller)}
      {:__aliases__, _, _} = expanded -> Macro.expand(expanded, caller)
      expanded -> expand_pattern(expanded, caller)
    end
  end

  defp expand_pattern({left, right}, caller), do: {expand_pattern(left, caller), expand_pattern(right, caller)}
  defp expand_pattern([_ | _] = list, caller), do: Enum.map(list, &expand_pattern(&1, caller))
  defp expand_pattern(other, _caller), do: other

  # the pattern's AST for the report: as written (a sigil stays one), with aliases expanded, an
  # attribute replaced by its value's AST, and a macro call carrying what it expands to (meta
  # :expanded, as ExUnit's: the diff compares that)
  defp escape_pattern({:when, meta, [left, right]}, caller),
    do: {:{}, [], [:when, Macro.escape(meta), [escape_pattern(left, caller), escape_pattern_in(right, %{caller | context: :guard})]]}

  defp escape_pattern(pattern, caller), do: escape_pattern_in(pattern, Macro.Env.to_match(caller))

  defp escape_pattern_in(pattern, env) do
    pattern
    |> Macro.prewalk(fn
      {:__aliases__, _, _} = alias -> Macro.expand(alias, env)
      {:@, _, [{attribute, _, context}]} = attr when is_atom(attribute) and is_atom(context) -> attr

      {left, meta, right} = node when is_list(meta) ->
        case Macro.expand(node, env) do
          ^node -> node
          expanded -> {left, [expanded: expanded] ++ meta, right}
        end

      node ->
        node
    end)
    |> Macro.postwalk(fn
      {:@, _, [{attribute, _, context}]} = attr when is_atom(attribute) and is_atom(context) ->
        {:unquote, [], [{{:., [], [Macro, :escape]}, [], [attr]}]}

      node ->
        node
    end)
    |> Macro.escape(unquote: true)
  end

  # [{"name", value}] for each pinned variable, shown in the report: each once, the names in
  # descending order (ExUnit 1.14 gathers them in a map, then lists it backwards)
  defp collect_pins(pattern) do
    {_, pins} =
      Macro.prewalk(pattern, [], fn
        {:^, _, [{name, _, context} = var]} = node, acc when is_atom(name) and is_atom(context) ->
          {node, [{Atom.to_string(name), var} | acc]}

        node, acc ->
          {node, acc}
      end)

    pins |> Enum.uniq_by(&elem(&1, 0)) |> Enum.sort_by(&elem(&1, 0), :desc)
  end

  # the variables a pattern binds, as a tuple expression (pins and _ are not bindings)
  # as Elixir's: a variable read by the guard too is taken twice (its second binding reads it), and
  # one written twice in the pattern is taken twice
  defp collect_vars({:when, _, [head, guard]}) do
    {:{}, [], vars} = collect_vars(head)
    {:{}, [], guard_vars} = collect_vars(guard)
    again = for {name, _, context} = var <- guard_vars, Enum.any?(vars, &match?({^name, _, ^context}, &1)), do: var
    {:{}, [], vars ++ again}
  end

  defp collect_vars(pattern) do
    {_, vars} =
      Macro.prewalk(pattern, [], fn
        {:^, _, _}, acc -> {:ok, acc}
        {:@, _, [_]}, acc -> {:ok, acc}
        {:when, _, [head, _guard]}, acc -> {head, acc}
        # a binary segment's type and size (`name::binary`, `x::size(n)`) bind nothing; the
        # segment itself is walked (in a list, so that a plain variable is visited too)
        {:"::", _, [segment, _type]}, acc -> {[segment], acc}
        {name, meta, context} = var, acc when is_atom(name) and is_atom(context) ->
          if String.starts_with?(Atom.to_string(name), "_") or name in [:__MODULE__, :__ENV__, :__DIR__, :__CALLER__],
            do: {var, acc},
            else: {var, [{name, meta, context} | acc]}

        node, acc ->
          {node, acc}
      end)

    {:{}, [], Enum.reverse(vars)}
  end
end
