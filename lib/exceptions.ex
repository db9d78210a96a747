# The standard exception modules, with Elixir 1.14's exact messages.
# Fields and defaults mirror Elixir's so that `inspect` of a rescued exception prints the same.

defmodule RuntimeError do
  defexception message: "runtime error"
end

defmodule ArgumentError do
  defexception message: "argument error"

  # uncaught, a failed :erlang.apply/3 (`value.name()` on a value that is no module) says why
  def blame(exception, [{:erlang, :apply, [module, function, args], _} | _] = stacktrace) do
    message =
      cond do
        not proper_list?(args) ->
          "you attempted to apply a function named #{inspect(function)} on module #{inspect(module)} " <>
            "with arguments #{inspect(args)}. Arguments (the third argument of apply) must always be a proper list"

        not is_atom(module) and is_atom(function) and args == [] ->
          "you attempted to apply a function named #{inspect(function)} on #{inspect(module)}. " <>
            "If you are using Kernel.apply/3, make sure the module is an atom. " <>
            "If you are using the dot syntax, such as module.function(), " <>
            "make sure the left-hand side of the dot is a module atom"

        not is_atom(module) ->
          "you attempted to apply a function on #{inspect(module)}. " <>
            "Modules (the first argument of apply) must always be an atom"

        not is_atom(function) ->
          "you attempted to apply a function named #{inspect(function)} on module #{inspect(module)}. " <>
            "However #{inspect(function)} is not a valid function name. " <>
            "Function names (the second argument of apply) must always be an atom"
      end

    {%{exception | message: message}, stacktrace}
  end

  def blame(exception, stacktrace), do: {exception, stacktrace}

  defp proper_list?([_ | tail]), do: proper_list?(tail)
  defp proper_list?([]), do: true
  defp proper_list?(_), do: false
end

defmodule ArithmeticError do
  defexception message: "bad argument in arithmetic expression"
end

defmodule SystemLimitError do
  defexception message: "a system limit has been reached"
end

defmodule Enum.EmptyError do
  defexception message: "empty error"
end

defmodule Enum.OutOfBoundsError do
  defexception message: "out of bounds error"
end

defmodule CondClauseError do
  defexception []

  def message(_exception), do: "no cond clause evaluated to a truthy value"
end

defmodule MatchError do
  defexception [:term]

  def message(exception), do: "no match of right hand side value: " <> inspect(exception.term)
end

defmodule CaseClauseError do
  defexception [:term]

  def message(exception), do: "no case clause matching: " <> inspect(exception.term)
end

defmodule WithClauseError do
  defexception [:term]

  def message(exception), do: "no with clause matching: " <> inspect(exception.term)
end

defmodule TryClauseError do
  defexception [:term]

  def message(exception), do: "no try clause matching: " <> inspect(exception.term)
end

defmodule BadMapError do
  defexception [:term]

  def message(exception), do: "expected a map, got: " <> inspect(exception.term)
end

defmodule BadStructError do
  defexception [:struct, :term]

  def message(exception) do
    "expected a struct named " <> inspect(exception.struct) <> ", got: " <> inspect(exception.term)
  end
end

defmodule BadBooleanError do
  defexception [:term, :operator]

  def message(exception) do
    op =
      case exception.operator do
        nil -> ""
        op -> Atom.to_string(op)
      end

    "expected a boolean on left-side of \"" <> op <> "\", got: " <> inspect(exception.term)
  end
end

defmodule BadFunctionError do
  defexception [:term]

  # a fun whose code was purged is still a function: Elixir explains it points to old code
  def message(%{term: term}) when is_function(term),
    do: "function " <> inspect(term) <> " is invalid, likely because it points to an old version of the code"

  def message(exception), do: "expected a function, got: " <> inspect(exception.term)
end

defmodule BadArityError do
  defexception [:function, :args]

  def message(exception) do
    fun = exception.function
    args = exception.args
    {:arity, arity} = :erlang.fun_info(fun, :arity)
    inspect(fun) <> " with arity " <> Integer.to_string(arity) <> " called with " <> count_args(args)
  end

  defp count_args([]), do: "no arguments"
  defp count_args([arg]), do: "1 argument (" <> inspect(arg) <> ")"

  defp count_args(args) do
    Integer.to_string(length(args)) <> " arguments (" <> join_inspected(args, "") <> ")"
  end

  defp join_inspected([last], acc), do: acc <> inspect(last)
  defp join_inspected([h | t], acc), do: join_inspected(t, acc <> inspect(h) <> ", ")
end

defmodule KeyError do
  defexception [:key, :term, :message]

  def message(exception) do
    case exception.message do
      nil -> build(exception.key, exception.term)
      message -> message
    end
  end

  defp build(key, nil), do: "key " <> inspect(key) <> " not found"
  defp build(key, term), do: "key " <> inspect(key) <> " not found in: " <> inspect(term)

  # uncaught (and in ExUnit's reports): an atom key missing from a map of atom keys or a keyword
  # list names the keys close to it, as Elixir's blame/2 (Jaro distance at least 0.77, the 5
  # closest, in key order). A message given when it was raised stays as it is.
  def blame(%KeyError{key: key, term: term, message: nil} = error, stacktrace) do
    message = build(key, term)

    hint =
      if is_atom(key) and term != nil and (atom_keyed_map?(term) or Keyword.keyword?(term)),
        do: did_you_mean(key, keys_of(term)),
        else: ""

    {%{error | message: message <> hint}, stacktrace}
  end

  def blame(error, stacktrace), do: {error, stacktrace}

  defp atom_keyed_map?(term), do: is_map(term) and Enum.all?(Map.keys(term), &is_atom/1)

  defp keys_of(term) when is_map(term), do: Map.keys(term)
  defp keys_of(term), do: Keyword.keys(term)

  defp did_you_mean(key, keys) do
    missing = Atom.to_string(key)

    suggestions =
      for k <- keys, dist = String.jaro_distance(missing, Atom.to_string(k)), dist >= 0.77, do: {dist, k}

    case suggestions do
      [] ->
        ""

      _ ->
        closest =
          suggestions
          |> Enum.sort(&(elem(&1, 0) >= elem(&2, 0)))
          |> Enum.take(5)
          |> Enum.sort(&(elem(&1, 1) <= elem(&2, 1)))

        ". Did you mean:\n\n" <> Enum.map_join(closest, fn {_, k} -> "      * " <> inspect(k) <> "\n" end)
    end
  end
end

defmodule UndefinedFunctionError do
  defexception [:module, :function, :arity, :reason, :message]

  def message(exception) do
    case exception.message do
      nil -> build(exception.reason, exception.module, exception.function, exception.arity)
      message -> message
    end
  end

  defp build(_reason, _module, nil, _arity), do: "undefined function"
  defp build(_reason, _module, _function, nil), do: "undefined function"
  defp build(_reason, nil, function, arity), do: "function " <> Exception.format_mfa(nil, function, arity) <> " is undefined"

  defp build(reason, module, function, arity) when is_binary(reason) do
    "function " <> Exception.format_mfa(module, function, arity) <> " is undefined (" <> reason <> ")"
  end

  defp build(:"module could not be loaded", module, function, arity), do: not_available(module, function, arity)
  defp build(:"function not exported", module, function, arity), do: not_exported(module, function, arity)

  defp build(_reason, module, function, arity) do
    case :code.is_loaded(module) do
      false -> not_available(module, function, arity)
      _ -> not_exported(module, function, arity)
    end
  end

  defp not_available(module, function, arity) do
    "function " <> Exception.format_mfa(module, function, arity) <>
      " is undefined (module " <> inspect(module) <> " is not available)"
  end

  # uncaught: the exported names close to the missing one, as Elixir's blame/2 (Jaro distance at
  # least 0.77, at most 5, or every arity of the same name)
  def blame(%UndefinedFunctionError{module: module, function: function, arity: arity, message: nil} = error, stacktrace)
      when is_atom(module) and module != nil and is_atom(function) and is_integer(arity) do
    message = message(error)
    hint = if String.ends_with?(message, " is undefined or private"), do: behaviour_hint(module, function, arity) <> hint(module, function, arity), else: ""
    {%{error | message: message <> hint}, stacktrace}
  end

  def blame(error, stacktrace), do: {error, stacktrace}

  # Elixir looks only at the first `behaviour` attribute (Keyword.get/2 of the module's attributes)
  defp behaviour_hint(module, function, arity) do
    behaviours = module.module_info(:attributes) |> Keyword.get(:behaviour, [])

    case Enum.find(behaviours, &({function, arity} in &1.behaviour_info(:callbacks))) do
      nil -> ""
      behaviour -> ", but the behaviour " <> inspect(behaviour) <> " expects it to be present"
    end
  rescue
    UndefinedFunctionError -> ""
  end

  # (only blame/2 adds a hint: Exception.message/1 of a rescued error has none, as in Elixir)
  defp hint(module, function, arity) do
    if macro_exported?(module, function, arity),
      do: ". However there is a macro with the same name and arity. Be sure to require #{inspect(module)} if you intend to invoke this macro",
      else: did_you_mean(module, function, arity)
  end

  # the missing function itself is never offered: OTP's export table lists functions beamlet may
  # not implement yet, and Elixir only ever sees the ones that exist
  defp did_you_mean(module, function, arity) do
    exports = exports_for(module) -- [{function, arity}]

    candidates =
      case for({^function, _} = fa <- exports, do: fa) do
        [] ->
          base = Atom.to_string(function)
          for {name, arity} <- exports, dist = String.jaro_distance(base, Atom.to_string(name)), dist >= 0.77, do: {dist, name, arity}

        same ->
          for {name, arity} <- same, do: {1.0, name, arity}
      end

    suggestions =
      candidates
      |> Enum.sort(&(elem(&1, 0) >= elem(&2, 0)))
      |> Enum.take(5)
      |> Enum.sort(&(elem(&1, 1) <= elem(&2, 1)))

    case suggestions do
      [] -> ""
      _ -> ". Did you mean:\n\n" <> Enum.map_join(suggestions, fn {_, name, arity} -> "      * " <> remote_name(name) <> "/" <> Integer.to_string(arity) <> "\n" end)
    end
  end

  # a name as written after `Mod.`: quoted unless it is a plain identifier or an operator
  defp remote_name(name) do
    text = Atom.to_string(name)

    cond do
      Regex.match?(~r/^[a-z_][a-zA-Z0-9_]*[?!]?$/, text) -> text
      Regex.match?(~r/^[-+*\/<>=!&|^~.@:\\]+$/, text) -> text
      true -> inspect(text)
    end
  end

  # Erlang modules: their exports in OTP's order; Elixir modules: macros, then functions, each
  # sorted (as __info__ lists them), keeping only Elixir 1.14's public ones where they are known
  defp exports_for(module) do
    case :beamlet.otp_exports(module) do
      nil -> elixir_exports(module)
      exports -> exports
    end
  end

  defp elixir_exports(module) do
    compiled =
      if match?({:module, _}, Code.ensure_loaded(module)) and function_exported?(module, :module_info, 1),
        do: module.module_info(:exports),
        else: []

    {macros, functions} =
      Enum.reduce(compiled, {[], :beamlet.bif_exports(module)}, fn {name, arity}, {macros, functions} ->
        case Atom.to_string(name) do
          "MACRO-" <> macro -> {[{String.to_atom(macro), arity - 1} | macros], functions}
          _ -> {macros, [{name, arity} | functions]}
        end
      end)

    functions = Enum.uniq(functions) -- [{:module_info, 0}, {:module_info, 1}, {:__info__, 1}]

    public =
      case :beamlet.reference_exports(module) do
        nil -> fn list -> list end
        known -> fn list -> Enum.filter(list, &(&1 in known)) end
      end

    Enum.sort(public.(macros)) ++ Enum.sort(public.(functions) -- macros)
  end

  defp not_exported(module, function, arity) do
    "function " <> Exception.format_mfa(module, function, arity) <> " is undefined or private"
  end
end

defmodule ErlangError do
  defexception [:original, :reason]

  def message(exception) do
    case exception.reason do
      nil -> "Erlang error: " <> inspect(exception.original)
      # as Elixir 1.14: the reason follows as it is (error_info's starts with "\n\n")
      reason -> "Erlang error: " <> inspect(exception.original) <> reason
    end
  end

  @doc false
  # Turns an Erlang error reason into the Elixir exception Elixir uses for it.
  def normalize(:badarg, st) do
    case error_info(:badarg, st, "errors were found at the given arguments") do
      {:ok, reason, details} -> %ArgumentError{message: reason <> details}
      :error -> %ArgumentError{}
    end
  end

  def normalize({:badarg, payload}, _st), do: %ArgumentError{message: "argument error: " <> inspect(payload)}
  # Elixir 1.14 names no operands: the message is the same for every operator (1.15 added them)
  def normalize(:badarith, _st), do: %ArithmeticError{}
  def normalize(:system_limit, st) do
    case error_info(:system_limit, st, "a system limit has been reached due to errors at the given arguments") do
      {:ok, reason, details} -> %SystemLimitError{message: reason <> details}
      :error -> %SystemLimitError{}
    end
  end

  def normalize(:cond_clause, _st), do: %CondClauseError{}
  def normalize({:badarity, {fun, args}}, _st), do: %BadArityError{function: fun, args: args}
  def normalize({:badfun, term}, _st), do: %BadFunctionError{term: term}
  def normalize({:badstruct, struct, term}, _st), do: %BadStructError{struct: struct, term: term}
  def normalize({:badmatch, term}, _st), do: %MatchError{term: term}
  def normalize({:badmap, term}, _st), do: %BadMapError{term: term}
  def normalize({:badbool, op, term}, _st), do: %BadBooleanError{term: term, operator: op}
  # OTP's map BIFs raise {:badkey, key}: the map is the argument of the call on top of the stack
  def normalize({:badkey, key}, st), do: %KeyError{key: key, term: badkey_term(st)}
  def normalize({:badkey, key, map}, _st) when is_map(map), do: %KeyError{key: key, term: map}

  # `term.key` on a term that is neither a map nor a module
  def normalize({:badkey, key, term}, _st) do
    %KeyError{
      key: key,
      term: term,
      message:
        "key #{inspect(key)} not found in: #{inspect(term)}. If you are using the dot syntax, " <>
          "such as map.field, make sure the left-hand side of the dot is a map"
    }
  end
  defp badkey_term([{Map, :get_and_update!, [map, _, _], _} | _]), do: map
  defp badkey_term([{Map, :update!, [map, _, _], _} | _]), do: map
  defp badkey_term([{:maps, :update, [_, _, map], _} | _]), do: map
  defp badkey_term([{:maps, :get, [_, map], _} | _]), do: map
  defp badkey_term([{:erlang, :map_get, [_, map], _} | _]), do: map
  defp badkey_term(_), do: nil

  def normalize({:case_clause, term}, _st), do: %CaseClauseError{term: term}
  def normalize({:with_clause, term}, _st), do: %WithClauseError{term: term}
  def normalize({:try_clause, term}, _st), do: %TryClauseError{term: term}

  def normalize(:undef, st) do
    case top_frame(st) do
      {m, f, a} -> %UndefinedFunctionError{module: m, function: f, arity: a}
      nil -> %UndefinedFunctionError{}
    end
  end

  def normalize(:function_clause, st) do
    case top_frame(st) do
      {m, f, a} -> %FunctionClauseError{module: m, function: f, arity: a}
      nil -> %FunctionClauseError{}
    end
  end

  def normalize(other, st) do
    case error_info(other, st, "") do
      {:ok, _reason, details} -> %ErlangError{original: other, reason: details}
      :error -> %ErlangError{original: other}
    end
  end

  # OTP 25's error_info (vm/error_info.ts): the top frame names the module whose format_error
  # (or the function it names) says which arguments were wrong, or what went wrong in general
  defp error_info(reason, [{module, fun, args_or_arity, opts} | tail], default_reason) when is_list(opts) do
    case :lists.keyfind(:error_info, 1, opts) do
      {:error_info, %{} = info} ->
        error_module = Map.get(info, :module, module)
        error_fun = Map.get(info, :function, :format_error)
        info = Map.put(info, :pretty_printer, &inspect/1)
        head = {module, fun, args_or_arity, :lists.keystore(:error_info, 1, opts, {:error_info, info})}

        extra =
          try do
            apply(error_module, error_fun, [reason, [head | tail]])
          rescue
            _ -> %{}
          end

        arity = if is_integer(args_or_arity), do: args_or_arity, else: length(args_or_arity)
        args_errors = for n <- 1..arity//1, Map.has_key?(extra, n), do: {n, Map.fetch!(extra, n)}
        reason_text = Map.get(extra, :reason, default_reason)

        cond do
          args_errors != [] ->
            {:ok, reason_text, IO.iodata_to_binary([":\n\n" | Enum.map(args_errors, &arg_error/1)])}

          general = extra[:general] ->
            {:ok, reason_text, ": " <> general}

          true ->
            :error
        end

      _ ->
        :error
    end
  end

  defp error_info(_reason, _st, _default_reason), do: :error

  defp arg_error({n, message}), do: "  * " <> nth(n) <> " argument: " <> to_string(message) <> "\n"

  defp nth(1), do: "1st"
  defp nth(2), do: "2nd"
  defp nth(3), do: "3rd"
  defp nth(n), do: Integer.to_string(n) <> "th"

  # a fun's frame ({fun, args, location}): no module/function to name
  defp top_frame([{fun, _, _} | _]) when is_function(fun), do: nil
  defp top_frame([{m, f, args, _} | _]) when is_list(args), do: {m, f, length(args)}
  defp top_frame([{m, f, arity, _} | _]) when is_integer(arity), do: {m, f, arity}
  defp top_frame([{m, f, args} | _]) when is_list(args), do: {m, f, length(args)}
  defp top_frame([{m, f, arity} | _]) when is_integer(arity), do: {m, f, arity}
  defp top_frame(_), do: nil
end

defmodule Protocol.UndefinedError do
  defexception [:protocol, :value, description: ""]

  def message(exception) do
    value = exception.value

    base =
      "protocol " <> inspect(exception.protocol) <> " not implemented for " <> inspect(value) <>
        " of type " <> type_name(value)

    case exception.description do
      "" -> base
      nil -> base
      desc -> base <> ", " <> desc
    end
  end

  defp type_name(%{__struct__: s}) when is_atom(s), do: inspect(s) <> " (a struct)"
  defp type_name(v) when is_atom(v), do: "Atom"
  defp type_name(v) when is_integer(v), do: "Integer"
  defp type_name(v) when is_float(v), do: "Float"
  defp type_name(v) when is_bitstring(v), do: "BitString"
  defp type_name(v) when is_list(v), do: "List"
  defp type_name(v) when is_map(v), do: "Map"
  defp type_name(v) when is_tuple(v), do: "Tuple"
  defp type_name(v) when is_function(v), do: "Function"
  defp type_name(v) when is_pid(v), do: "PID"
  defp type_name(v) when is_port(v), do: "Port"
  defp type_name(v) when is_reference(v), do: "Reference"
  defp type_name(_), do: "Any"
end

defmodule UnicodeConversionError do
  defexception [:encoded, :message]

  # raise UnicodeConversionError, encoded: ..., rest: ..., kind: ... (what :unicode left over)
  def exception(opts) do
    kind = Keyword.fetch!(opts, :kind)
    rest = Keyword.fetch!(opts, :rest)
    %UnicodeConversionError{encoded: Keyword.fetch!(opts, :encoded), message: "#{kind} #{detail(rest)}"}
  end

  defp detail(bytes) when is_binary(bytes), do: "encoding starting at #{inspect(bytes)}"
  defp detail([code_point | _]) when is_integer(code_point), do: "code point #{code_point}"
  defp detail([first | _]), do: detail(first)
end

defmodule File.Error do
  defexception [:reason, :path, action: ""]

  def message(%{action: action, reason: reason, path: path}) do
    formatted =
      case {action, reason} do
        {"remove directory", :eexist} -> "directory is not empty"
        _ -> __format__(reason)
      end

    "could not " <> action <> " " <> inspect(path) <> ": " <> formatted
  end

  @doc false
  # :file.format_error/1's text (OTP's erl_posix_msg)
  def __format__(reason), do: List.to_string(:file.format_error(reason))
end

defmodule File.LinkError do
  defexception [:reason, :existing, :new, action: ""]

  def message(%{action: action, reason: reason, existing: existing, new: new}) do
    "could not " <> action <> " from " <> inspect(existing) <> " to " <> inspect(new) <> ": " <> File.Error.__format__(reason)
  end
end

defmodule System.EnvError do
  defexception [:env]

  @impl true
  def message(%{env: env}), do: "could not fetch environment variable #{inspect(env)} because it is not set"
end

defmodule Inspect.Error do
  # (Inspect.Algebra.to_doc/2 makes one from the exception a struct's implementation raised)
  defexception [:exception_module, :exception_message, :stacktrace, :inspected_struct]

  @impl true
  def exception(arguments) when is_list(arguments) do
    exception = Keyword.fetch!(arguments, :exception)

    %Inspect.Error{
      exception_module: exception.__struct__,
      exception_message: exception |> Exception.message() |> String.trim_trailing("\n"),
      stacktrace: Keyword.fetch!(arguments, :stacktrace),
      inspected_struct: Keyword.fetch!(arguments, :inspected_struct)
    }
  end

  @impl true
  def message(%{exception_module: module, exception_message: message, inspected_struct: inspected}) do
    "got #{inspect(module)} with message:\n\n    \"\"\"\n#{pad(message, 4)}\n    \"\"\"\n\n" <>
      "while inspecting:\n\n#{pad(inspected, 4)}\n"
  end

  @doc false
  def pad(message, n) do
    padding = String.duplicate(" ", n)
    message |> String.split("\n") |> Enum.map_join("\n", fn "" -> ""; line -> padding <> line end) |> String.trim_trailing("\n")
  end
end

defimpl Inspect, for: Inspect.Error do
  def inspect(%{stacktrace: stacktrace} = error, _opts) do
    message = Inspect.Error.pad(Exception.message(error), 2)

    case stacktrace do
      [] -> "#Inspect.Error<\n#{message}\n>"
      _ -> "#Inspect.Error<\n#{message}\n\n  Stacktrace:\n\n#{Exception.format_stacktrace(stacktrace)}\n>"
    end
  end
end

defmodule IO.StreamError do
  defexception [:reason, :message]

  @impl true
  def exception(opts) do
    # (at the lines of lib/io/stream.ex's body, which its frames name)
    reason = __at_line__(6, opts[:reason])
    # (the reason as :file.format_error/1 words it: :terminated is "the file server process is
    # terminated", an io server's own reason such as :collect_chars "unknown POSIX error")
    formatted = __at_line__(7, IO.iodata_to_binary(:file.format_error(reason)))
    %IO.StreamError{message: "error during streaming: " <> formatted, reason: reason}
  end
end
