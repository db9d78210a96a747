defmodule Exception do
  # the behaviour's callbacks (behaviour_info/1 reads them; only names and arities matter here)
  @callback exception(term) :: term
  @callback message(term) :: term
  @callback blame(term, term) :: term
  @optional_callbacks blame: 2

  @moduledoc "Functions to format throw/catch/exit and exceptions."

  @doc "Returns true if the given term is an exception."
  def exception?(%{__struct__: s, __exception__: true}) when is_atom(s), do: true
  def exception?(_), do: false

  # the exception/1 of defexception: {:ok, the struct} of the given fields the struct has; the
  # others are dropped with Elixir 1.14's warning (later versions raise)
  @doc false
  def __from_fields__(%module{} = struct, args) do
    {valid, invalid} = Enum.split_with(args, fn {k, _} -> Map.has_key?(struct, k) end)

    if invalid != [] do
      # the trace starts at the exception's exception/1 (which calls this, not in its tail), as
      # Elixir's, whose IO.warn/1 is called there (the stack as deep as the BEAM keeps)
      {:current_stacktrace, [_info, _self | stack]} = Process.info(self(), :current_stacktrace)

      IO.warn(
        "the following fields are unknown when raising #{inspect(module)}: #{inspect(invalid)}. " <>
          "Please make sure to only give known fields when raising or redefine #{inspect(module)}.exception/1 to " <>
          "discard unknown fields. Future Elixir versions will raise on unknown fields given to raise/2",
        stack
      )
    end

    {:ok, struct!(struct, valid)}
  end

  @doc "Gets the message for an exception."
  def message(%{__struct__: module, __exception__: true} = exception) do
    try do
      __at_line__(66, module.message(exception))
    rescue
      caught ->
        "got " <> inspect(caught.__struct__) <> " with message " <> inspect(message(caught)) <>
          " while retrieving Exception.message/1 for " <> inspect(exception) <> ". Stacktrace:\n" <>
          format_stacktrace(__STACKTRACE__)
    else
      result when is_binary(result) ->
        result

      result ->
        "got " <> inspect(result) <> " while retrieving Exception.message/1 for " <>
          inspect(exception) <> " (expected a string)"
    end
  end

  @doc "Normalizes an exception, converting Erlang exceptions to Elixir exceptions."
  def normalize(kind, payload, stacktrace \\ [])

  def normalize(:error, %{__struct__: _, __exception__: true} = exception, _stacktrace), do: exception
  def normalize(:error, payload, stacktrace), do: ErlangError.normalize(payload, stacktrace)
  def normalize(_kind, payload, _stacktrace), do: payload

  @doc "Normalizes and formats any throw/error/exit as a banner."
  def format_banner(kind, exception, stacktrace \\ [])

  def format_banner(:error, exception, stacktrace) do
    exception = __at_line__(116, normalize(:error, exception, stacktrace))
    __at_line__(117, "** (" <> inspect(exception.__struct__) <> ") " <> message(exception))
  end

  def format_banner(:throw, reason, _stacktrace), do: "** (throw) " <> inspect(reason)
  def format_banner(:exit, reason, _stacktrace), do: "** (exit) " <> format_exit(reason, "\n    ")
  def format_banner({:EXIT, pid}, reason, _stacktrace) do
    "** (EXIT from " <> inspect(pid) <> ") " <> format_exit(reason, "\n    ")
  end

  @doc "Normalizes and formats throw/errors/exits and stacktraces."
  def format(kind, payload, stacktrace \\ []) do
    banner = format_banner(kind, payload, stacktrace)

    case stacktrace do
      [] -> banner
      _ -> banner <> "\n" <> format_stacktrace(stacktrace)
    end
  end

  @doc "Formats an exit reason, as printed when a process exits or a call fails."
  def format_exit(reason), do: format_exit(reason, "\n    ")

  defp format_exit({exception, [_ | _] = stacktrace} = reason, joiner) do
    if valid_stacktrace?(stacktrace) do
      banner = format_banner(:error, exception, stacktrace)
      trace = format_stacktrace(stacktrace)

      # (Elixir leaves the banner's own lines, a multi-line message's, as they are)
      "an exception was raised:" <> joiner <> banner <> joiner <>
        indent(trim_trailing_newline(trace), joiner)
    else
      format_exit_reason(reason)
    end
  end

  defp format_exit({reason, {mod, fun, args}}, joiner) when is_atom(mod) and is_atom(fun) and is_list(args) do
    "exited in: " <> format_mfa(mod, fun, args) <> joiner <> "** (EXIT) " <>
      format_exit(reason, joiner <> "    ")
  end

  # a supervisor whose child failed to start (its start returned {:error, reason}, or the child
  # exited: {:EXIT, reason}) stops with {:shutdown, {:failed_to_start_child, id, reason}}
  defp format_exit({:shutdown, {:failed_to_start_child, child, {:EXIT, reason}}}, joiner) do
    failed_child(child, reason, joiner)
  end

  defp format_exit({:shutdown, {:failed_to_start_child, child, reason}}, joiner) do
    failed_child(child, reason, joiner)
  end

  defp format_exit(reason, _joiner), do: format_exit_reason(reason)

  defp failed_child(child, reason, joiner) do
    "shutdown: failed to start child: " <> inspect(child) <> joiner <> "** (EXIT) " <>
      format_exit(reason, joiner <> "    ")
  end

  defp format_exit_reason(:normal), do: "normal"
  defp format_exit_reason(:shutdown), do: "shutdown"
  defp format_exit_reason({:shutdown, reason}), do: "shutdown: " <> inspect(reason)
  defp format_exit_reason(:calling_self), do: "process attempted to call itself"
  defp format_exit_reason(:timeout), do: "time out"
  defp format_exit_reason(:killed), do: "killed"
  defp format_exit_reason(:noconnection), do: "no connection"

  defp format_exit_reason(:noproc) do
    "no process: the process is not alive or there's no process currently associated with the given name, possibly because its application isn't started"
  end

  defp format_exit_reason({:nodedown, node}), do: "no connection to " <> Atom.to_string(node)
  defp format_exit_reason({:bad_return_value, value}), do: "bad return value: " <> inspect(value)
  # a supervisor (or another :gen_server behaviour run by :supervisor) whose init/1 answered neither
  # {:ok, {flags, children}} nor :ignore
  defp format_exit_reason({:bad_return, {mod, :init, data}}) when is_atom(mod) do
    format_mfa(mod, :init, 1) <> " returned a bad value: " <> inspect(data)
  end
  defp format_exit_reason({:bad_call, request}), do: "bad call: " <> inspect(request)
  defp format_exit_reason({:bad_cast, request}), do: "bad cast: " <> inspect(request)
  defp format_exit_reason({:already_started, pid}), do: "already started: " <> inspect(pid)
  # a supervisor's init refusing its children or its flags
  defp format_exit_reason({:bad_start_spec, spec}), do: "bad child specification, invalid children: " <> inspect(spec)
  defp format_exit_reason({:start_spec, spec}), do: "bad child specification, " <> child_spec_problem(spec)
  defp format_exit_reason({:supervisor_data, data}), do: "bad supervisor configuration, " <> flags_problem(data)
  defp format_exit_reason(reason), do: inspect(reason)

  defp child_spec_problem({:duplicate_child_name, id}) do
    "more than one child specification has the id: " <> inspect(id) <> ".\n" <>
      "If using maps as child specifications, make sure the :id keys are unique.\n" <>
      "If using a module or {module, arg} as child, use Supervisor.child_spec/2 to change the :id, for example:\n\n" <>
      "    children = [\n" <>
      "      Supervisor.child_spec({MyWorker, arg}, id: :my_worker_1),\n" <>
      "      Supervisor.child_spec({MyWorker, arg}, id: :my_worker_2)\n" <>
      "    ]\n"
  end

  defp child_spec_problem({:invalid_child_spec, spec}), do: "invalid child specification: " <> inspect(spec)
  defp child_spec_problem({:invalid_child_type, type}), do: "invalid child type: " <> inspect(type) <> ". Must be :worker or :supervisor."
  defp child_spec_problem({:invalid_mfa, mfa}), do: "invalid mfa: " <> inspect(mfa)
  defp child_spec_problem({:invalid_restart_type, restart}), do: "invalid restart type: " <> inspect(restart) <> ". Must be :permanent, :transient or :temporary."
  defp child_spec_problem({:invalid_shutdown, shutdown}), do: "invalid shutdown: " <> inspect(shutdown) <> ". Must be an integer >= 0, :infinity or :brutal_kill."
  defp child_spec_problem({:invalid_module, mod}), do: "invalid module: " <> inspect(mod) <> ". Must be an atom."
  defp child_spec_problem({:invalid_modules, mods}), do: "invalid modules: " <> inspect(mods) <> ". Must be a list of atoms or :dynamic."
  defp child_spec_problem(other), do: "got: " <> inspect(other)

  defp flags_problem({:invalid_type, type}), do: "invalid type: " <> inspect(type)
  defp flags_problem({:invalid_strategy, strategy}), do: "invalid strategy: " <> inspect(strategy)
  defp flags_problem({:invalid_intensity, intensity}), do: "invalid max_restarts (intensity): " <> inspect(intensity)
  defp flags_problem({:invalid_period, period}), do: "invalid max_seconds (period): " <> inspect(period)
  defp flags_problem(other), do: "got: " <> inspect(other)

  defp valid_stacktrace?([]), do: true
  defp valid_stacktrace?([{m, f, a, l} | t]) when is_atom(m) and is_atom(f) and (is_integer(a) or is_list(a)) and is_list(l), do: valid_stacktrace?(t)
  defp valid_stacktrace?([{f, a, l} | t]) when is_function(f) and (is_integer(a) or is_list(a)) and is_list(l), do: valid_stacktrace?(t)
  defp valid_stacktrace?(_), do: false

  defp indent(text, joiner), do: String.replace(text, "\n", joiner)

  defp trim_trailing_newline(text) do
    size = byte_size(text)

    if size > 0 and binary_part(text, size - 1, 1) == "\n" do
      binary_part(text, 0, size - 1)
    else
      text
    end
  end

  @doc "Formats the stacktrace, one indented entry per line."
  def format_stacktrace(trace \\ nil) do
    trace =
      case trace do
        nil -> []
        t -> t
      end

    case trace do
      [] -> "\n"
      _ -> format_entries(trace, "")
    end
  end

  defp format_entries([], acc), do: acc
  defp format_entries([entry | rest], acc), do: format_entries(rest, acc <> "    " <> format_stacktrace_entry(entry) <> "\n")

  @doc "Receives a stacktrace entry and formats it into a string."
  def format_stacktrace_entry({module, :__MODULE__, 0, location}) do
    format_location(location) <> inspect(module) <> " (module)"
  end

  def format_stacktrace_entry({_module, :__MODULE__, 1, location}) do
    format_location(location) <> "(module)"
  end

  def format_stacktrace_entry({_module, :__FILE__, 1, location}) do
    format_location(location) <> "(file)"
  end

  def format_stacktrace_entry({module, fun, arity, location}) do
    format_application(module) <> format_location(location) <> format_mfa(module, fun, arity)
  end

  def format_stacktrace_entry({fun, arity, location}) do
    format_location(location) <> format_fa(fun, arity)
  end

  defp format_application(module) when is_atom(module) do
    prefix =
      case Atom.to_string(module) do
        "Elixir." <> _ -> Application.__frame_prefix__(module)
        _ -> ""
      end

    # the library is no loaded application: its modules' apps are known to the VM
    case prefix do
      "" ->
        case :beamlet.library_application(module) do
          {app, vsn} -> "(#{app} #{vsn}) "
          nil -> ""
        end

      _ ->
        prefix
    end
  end

  defp format_application(_), do: ""

  @doc "Formats the given file and line as shown in stacktraces."
  def format_file_line(file, line, suffix \\ "") do
    case file do
      nil -> ""
      _ ->
        case line do
          l when is_integer(l) and l > 0 -> to_str(file) <> ":" <> Integer.to_string(l) <> ":" <> suffix
          _ -> to_str(file) <> ":" <> suffix
        end
    end
  end

  defp format_location(opts) when is_list(opts) do
    case :lists.keyfind(:file, 1, opts) do
      {:file, file} ->
        line =
          case :lists.keyfind(:line, 1, opts) do
            {:line, l} -> l
            false -> nil
          end

        format_file_line(file, line, " ")

      false ->
        ""
    end
  end

  defp format_location(_), do: ""

  defp to_str(b) when is_binary(b), do: b
  defp to_str(l) when is_list(l), do: List.to_string(l)
  defp to_str(a) when is_atom(a), do: Atom.to_string(a)

  @doc "Receives an anonymous function and arity and formats it as shown in stacktraces."
  def format_fa(fun, arity) when is_function(fun) do
    "#{inspect(fun)}#{format_arity(arity)}"
  end

  @doc "Receives a module, fun and arity (or args) and formats it as shown in stacktraces."
  def format_mfa(module, fun, arity) when is_atom(module) and is_atom(fun) do
    case anonymous_fun_name(Atom.to_string(fun)) do
      {:ok, outer_name, outer_arity} ->
        "anonymous fn" <> format_arity(arity) <> " in " <> inspect(module) <> "." <>
          format_fun_name(outer_name) <> "/" <> outer_arity

      :error ->
        inspect(module) <> "." <> format_fun_name(Atom.to_string(fun)) <> format_arity(arity)
    end
  end

  # "-name/arity-fun-N-" is how the compiler names anonymous functions (any "-name/arity-KIND-N-"
  # counts: "-inlined-N-", "-anonymous-N-" of Elixir's inliner); the name may hold "/" itself
  defp anonymous_fun_name("-" <> rest) do
    pieces = :binary.split(rest, "/", [:global])

    case :binary.split(:lists.last(pieces), "-", [:global]) do
      [arity, _kind, _count, ""] when length(pieces) > 1 ->
        {:ok, Enum.join(:lists.droplast(pieces), "/"), arity}

      _ ->
        :error
    end
  end

  defp anonymous_fun_name(_), do: :error

  defp format_fun_name(name), do: Macro.inspect_atom(:remote_call, String.to_atom(name))

  defp format_arity(arity) when is_list(arity) do
    "(" <> join_args(arity, "") <> ")"
  end

  defp format_arity(arity) when is_integer(arity), do: "/" <> Integer.to_string(arity)

  defp join_args([], acc), do: acc
  defp join_args([last], acc), do: acc <> inspect(last)
  defp join_args([h | t], acc), do: join_args(t, acc <> inspect(h) <> ", ")

  @doc """
  Attaches information to exceptions for extra debugging, as `elixir` does before printing an
  uncaught error: an ArithmeticError raised by an operator of `:erlang` names the operation
  (`bad argument in arithmetic expression: 1 + :a`). A rescued exception is not blamed.
  """
  def blame(:error, %ArithmeticError{message: message} = error, [{:erlang, fun, args, _} | _] = stacktrace) do
    {%{error | message: message <> arithmetic_blame(fun, args)}, stacktrace}
  end

  def blame(:error, %_{__exception__: true} = error, stacktrace) do
    module = error.__struct__

    if Code.ensure_loaded?(module) and function_exported?(module, :blame, 2),
      do: module.blame(error, stacktrace),
      else: {error, stacktrace}
  end

  # a raw reason (:function_clause, :badarith, ...) is normalized first
  def blame(:error, error, stacktrace), do: blame(:error, normalize(:error, error, stacktrace), stacktrace)

  def blame(_kind, error, stacktrace), do: {error, stacktrace}

  @doc """
  The clauses of `module.function/length(args)` matched against `args`, for FunctionClauseError's
  report: `{:ok, kind, [{args, guards}]}` where each argument and guard is `%{match?: bool, node:
  quoted}` (`and`/`or` of guards stay as `{op, meta, [left, right]}`), or `:error` when the module
  has no object file with its definitions (a script's modules).
  """
  def blame_mfa(module, function, args) when is_atom(module) and is_atom(function) and is_list(args) do
    try do
      Exception.Blame.clauses(module, function, args)
    rescue
      _ -> :error
    end
  end

  defp arithmetic_blame(op, [a]) when op in [:+, :-], do: ": #{op}(#{inspect(a)})"
  defp arithmetic_blame(op, [a, b]) when op in [:+, :-, :*, :/], do: ": #{inspect(a)} #{op} #{inspect(b)}"
  defp arithmetic_blame(fun, [a, b]) when fun in [:div, :rem], do: ": #{fun}(#{inspect(a)}, #{inspect(b)})"
  defp arithmetic_blame(fun, [a, b]) when fun in [:band, :bor, :bxor, :bsl, :bsr], do: ": Bitwise.#{fun}(#{inspect(a)}, #{inspect(b)})"
  defp arithmetic_blame(:bnot, [a]), do: ": Bitwise.bnot(#{inspect(a)})"
  defp arithmetic_blame(_fun, _args), do: ""
end
