# ExUnit.Callbacks: setup/setup_all (macros that define one function per callback and record it
# in @ex_unit_setup / @ex_unit_setup_all), on_exit/2, and running the callbacks for a context.
defmodule ExUnit.Callbacks do
  defmacro setup(block), do: define(:setup, nil, block, __CALLER__)
  defmacro setup(var, block), do: define(:setup, nil, {var, block}, __CALLER__)
  defmacro setup_all(block), do: define(:setup_all, nil, block, __CALLER__)
  defmacro setup_all(var, block), do: define(:setup_all, nil, {var, block}, __CALLER__)

  @doc false
  defmacro __describe_setup__(describe, index, block), do: define(:setup, describe, block, __CALLER__, index)
  defmacro __describe_setup__(describe, index, var, block), do: define(:setup, describe, {var, block}, __CALLER__, index)

  defp define(kind, describe, block, caller, describe_index \\ nil) do
    attribute = if kind == :setup, do: :ex_unit_setup, else: :ex_unit_setup_all

    case block do
      [do: body] -> define_fun(kind, attribute, describe, describe_index, quote(do: _), body, caller)
      {var, [do: body]} -> define_fun(kind, attribute, describe, describe_index, var, body, caller)
      # setup :name / setup [:a, :b]: the named functions are the callbacks themselves (their own
      # frames, no wrapper's, show under a failure), as in Elixir; each takes a number
      names -> register_names(kind, attribute, describe, describe_index, names, caller)
    end
  end

  defp define_fun(kind, attribute, describe, describe_index, var, body, caller) do
    name = String.to_atom("__ex_unit_#{kind}_#{callback_number(kind, caller, describe_index)}")

    quote do
      Module.put_attribute(__MODULE__, unquote(attribute), {unquote(describe), unquote(describe_index), unquote(name)})
      def unquote(name)(unquote(var)), do: unquote(body)
    end
  end

  defp register_names(kind, attribute, describe, describe_index, names, caller) do
    for name <- List.wrap(names), is_atom(name), do: callback_number(kind, caller, describe_index)

    check = if kind == :setup, do: :__setup__, else: :__setup_all__

    quote do
      for name <- ExUnit.Callbacks.unquote(check)(__MODULE__, unquote(names)) do
        Module.put_attribute(__MODULE__, unquote(attribute), {unquote(describe), unquote(describe_index), name})
      end
    end
  end

  # inside the D-th describe block __ex_unit_setup_D_N (N counted in the block), as Elixir's
  defp callback_number(kind, caller, nil), do: counter(caller.module, kind)
  defp callback_number(kind, caller, describe_index), do: "#{describe_index}_#{counter({caller.module, describe_index}, kind)}"

  @doc false
  # the callback names of `setup :name` / `setup [:a, :b]` (and setup_all's), refused as the module
  # body runs, through functions at Elixir's lines (a bad name's trace shows them)
  @beamlet_frame_line 248
  def __setup__(_module, names) do
    names = callbacks(names)
    names
  end

  @doc false
  @beamlet_frame_line 368
  def __setup_all__(_module, names) do
    names = callbacks(names)
    names
  end

  defp callbacks(names) do
    reversed =
      __at_line__(389, Enum.reduce(List.wrap(names), [], fn
        name, acc when is_atom(name) -> [name | acc]
        name, _acc -> __at_line__(391, raise(ArgumentError, "setup/setup_all expect a callback name as an atom or a list of callback names, got: #{inspect(name)}"))
      end))

    Enum.reverse(reversed)
  end

  # setup callbacks are numbered per module from 0, as Elixir names them (__ex_unit_setup_0)
  defp counter(module, kind), do: :beamlet.next_counter({:ex_unit_callback, module, kind})

  @doc false
  # a describe block's body (a fn), run as the module body runs, between the resets of the
  # attributes that hold for the block only
  # a describe block inside another (its call, made by the outer one's block): raised as the
  # module body runs, as in Elixir
  def __describe__(_module, _line, _message, :nested) do
    __at_line__(701, raise("cannot call \"describe\" inside another \"describe\". See the documentation for ExUnit.Case.describe/2 on named setups and how to handle hierarchies"))
  end

  def __describe__(module, line, message, fun) do
    ExUnit.Case.__unique_describe__(module, message)
    Module.delete_attribute(module, :describetag)
    # (the fn deletes the block's @describetag as it ends)
    # (the block's tests read it: ExUnit.Case.register_test/6 prefixes their names)
    Module.put_attribute(module, :ex_unit_describe, {line, message})
    result = __at_line__(728, fun.(message, line))
    Module.delete_attribute(module, :ex_unit_describe)
    ExUnit.Case.__reset__(module, :ex_unit_registered_describe_attributes)
    result
  end

  # setup_all inside describe: raised as the module body runs, as in Elixir
  @doc false
  def __setup_all_in_describe__ do
    raise "cannot invoke setup_all/1-2 inside describe as setup_all always applies to all tests in a module"
  end

  @doc "Registers a callback run after the test (or the module, from setup_all) has ended."
  def on_exit(name_or_ref \\ make_ref(), callback) when is_function(callback, 0) do
    case Process.get(:ex_unit_parent) do
      nil -> __at_line__(458, raise(ArgumentError, "on_exit/2 callback can only be invoked from the test process"))
      _parent -> ExUnit.OnExitHandler.add(self(), name_or_ref, callback)
    end

    :ok
  end

  # ---- the test supervisor: children started by the test, stopped when it ends ----------------

  @supervisor_opts [strategy: :one_for_one, max_restarts: 1_000_000, max_seconds: 1]

  @doc "Starts a child under the test's supervisor; it is stopped when the test ends."
  def start_supervised(child_spec_or_module, opts \\ []) do
    # (its frames at the lines of Elixir's lib/ex_unit/callbacks.ex, as the ones below)
    sup =
      case Process.get(:ex_unit_parent) do
        nil -> __at_line__(509, raise(ArgumentError, "start_supervised/2 can only be invoked from the test process"))
        _parent -> __test_supervisor__()
      end

    child_spec = __at_line__(512, Supervisor.child_spec(child_spec_or_module, opts))

    # (an ignored child's spec stays: starting its id again gives :already_present, as is)
    case Supervisor.start_child(sup, child_spec) do
      {:error, {:already_started, _pid}} -> {:error, {:duplicate_child_name, child_spec.id}}
      other -> other
    end
  end

  @doc "As start_supervised/2, returning the pid; raises when the child does not start."
  def start_supervised!(child_spec_or_module, opts \\ []) do
    case __at_line__(530, start_supervised(child_spec_or_module, opts)) do
      {:ok, pid} ->
        pid

      {:ok, pid, _info} ->
        pid

      {:error, reason} ->
        message = "failed to start child with the spec #{inspect(child_spec_or_module)}.\n" <> "Reason: #{start_supervised_error(reason)}"
        __at_line__(538, raise(message))
    end
  end

  @doc "As start_supervised!/2, and the child is linked to the test process."
  def start_link_supervised!(child_spec_or_module, opts \\ []) do
    pid = __at_line__(561, start_supervised!(child_spec_or_module, opts))
    Process.link(pid)
    pid
  end

  defp start_supervised_error({{:EXIT, reason}, info}) when is_tuple(info), do: Exception.format_exit(reason)
  defp start_supervised_error({reason, info}) when is_tuple(info), do: Exception.format_exit(reason)

  # (the supervisor's own refusals: a bad spec, a duplicate id, :already_present)
  defp start_supervised_error(reason), do: Exception.format_exit({:start_spec, reason})

  @doc "Stops (and removes) a child started by start_supervised/2."
  def stop_supervised(id) do
    case Process.get(:ex_unit_parent) do
      nil ->
        __at_line__(600, raise(ArgumentError, "stop_supervised/1 can only be invoked from the test process"))

      _parent ->
        case Process.get(:ex_unit_test_supervisor) do
          nil ->
            {:error, :not_found}

          sup ->
            # the child is unlinked first (start_link_supervised!/2's shutdown must not end the
            # test); an ignored child (pid :undefined) cannot be: unlink's ArgumentError, as in Elixir
            case List.keyfind(Supervisor.which_children(sup), id, 0) do
              {_id, pid, _type, _modules} -> __at_line__(589, :erlang.unlink(pid))
              nil -> nil
            end

            with :ok <- Supervisor.terminate_child(sup, id) do
              true = Supervisor.delete_child(sup, id) in [:ok, {:error, :not_found}]
              :ok
            end
        end
    end
  end

  @doc "As stop_supervised/1; raises when there is no such child."
  def stop_supervised!(id) do
    case __at_line__(618, stop_supervised(id)) do
      :ok -> :ok
      {:error, :not_found} -> __at_line__(623, raise("could not stop child ID #{inspect(id)} because it was not found"))
    end
  end

  @doc false
  # the test process's supervisor, started on first use, linked to the test process (it stops its
  # children when that process ends); the runner waits for it to be gone before on_exit callbacks
  def __test_supervisor__ do
    case Process.get(:ex_unit_test_supervisor) do
      nil ->
        {:ok, sup} = Supervisor.start_link([], @supervisor_opts)
        Process.put(:ex_unit_test_supervisor, sup)
        send(Process.get(:ex_unit_parent), {:ex_unit_supervisor, self(), sup})
        sup

      sup ->
        sup
    end
  end

  @doc false
  def __merge__(module, fun, context, result), do: merge(module, fun, context, result)

  defp merge(_mod, _fun, context, :ok), do: context
  defp merge(mod, _fun, context, {:ok, value} = original), do: unwrapped_merge(mod, context, value, original)
  defp merge(mod, _fun, context, value), do: unwrapped_merge(mod, context, value, value)

  # a struct is not a context; an error names the value as the callback returned it
  defp unwrapped_merge(mod, _context, %_{}, original), do: raise_merge_failed!(mod, original)
  defp unwrapped_merge(mod, context, data, _original) when is_list(data), do: context_merge(mod, context, Map.new(data))
  defp unwrapped_merge(mod, context, data, _original) when is_map(data), do: context_merge(mod, context, data)
  defp unwrapped_merge(mod, _context, _data, original), do: raise_merge_failed!(mod, original)

  # ExUnit 1.14's reserved keys may be returned again only with the same value
  defp context_merge(mod, context, data) do
    Map.merge(context, data, fn
      k, v1, v2 when k in [:case, :file, :line, :test, :async, :registered, :describe] ->
        if v1 == v2, do: v1, else: raise_merge_reserved!(mod, k, v2)

      _, _, v ->
        v
    end)
  end

  # (raising at the lines of Elixir's lib/ex_unit/callbacks.ex)
  defp raise_merge_failed!(mod, other) do
    message = "expected ExUnit callback in #{inspect(mod)} to return :ok | keyword | map, got #{inspect(other)} instead"
    __at_line__(685, raise(RuntimeError, message))
  end

  defp raise_merge_reserved!(mod, key, value) do
    message = "ExUnit callback in #{inspect(mod)} is trying to set reserved field #{inspect(key)} to #{inspect(value)}"
    __at_line__(690, raise(RuntimeError, message))
  end
end
