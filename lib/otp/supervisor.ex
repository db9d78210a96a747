defmodule Supervisor do
  # the behaviour's callbacks (behaviour_info/1 reads them; only names and arities matter here)
  @doc """
    Gives the supervisor its children and its restart strategy: called in the new
    supervisor process when it starts, and again during a hot code upgrade.

    Most implementations end with `Supervisor.init/2`, which builds the value to
    return from the children and the options.
    """
  @callback init(term) :: term

  # `use Supervisor, opts` (Elixir 1.14's Supervisor.__using__)
  defmacro __using__(opts) do
    quote location: :keep do
      # (Elixir 1.14's use still imports the deprecated worker/supervisor/supervise)
      import Supervisor.Spec
      @behaviour Supervisor

      @doc """
      Returns a specification to start this module under a supervisor.

      See `Supervisor`.
      """
      def child_spec(init_arg) do
        default = %{id: __MODULE__, start: {__MODULE__, :start_link, [init_arg]}, type: :supervisor}
        Supervisor.child_spec(default, unquote(Macro.escape(opts)))
      end

      defoverridable child_spec: 1
    end
  end

  @moduledoc """
  A process that starts other processes (its children) and restarts them when they fail, following
  a strategy: `:one_for_one` restarts only the failed child, `:one_for_all` all of them,
  `:rest_for_one` the failed child and those started after it. Children are given as child
  specifications, usually a module or a `{module, arg}` tuple whose `child_spec/1` describes how to
  start it.

      children = [{Agent, fn -> 0 end}]
      {:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
  """
  # Elixir's Supervisor API over the :supervisor process (lib/otp/supervisor_server.ex).

  @keys [:id, :start, :restart, :shutdown, :type, :modules, :significant]

  @doc """
  Starts a supervisor, linked to the caller, with the given children. Options: `:strategy`
  (`:one_for_one`, `:one_for_all` or `:rest_for_one`, required), `:name`, `:max_restarts`,
  `:max_seconds`.
  """
  @spec start_link([child_spec() | {module(), term()} | module() | (old_erlang_child_spec :: :supervisor.child_spec())], [option() | init_option()]) :: {:ok, pid()} | {:error, {:already_started, pid()} | {:shutdown, term()} | term()}
  @spec start_link(module(), term()) :: on_start()
  def start_link(children, options) when is_list(children) do
    sup_keys = [:strategy, :max_seconds, :max_restarts, :auto_shutdown]
    sup_opts = Enum.filter(options, fn {k, _} -> k in sup_keys end)
    start_opts = Enum.reject(options, fn {k, _} -> k in sup_keys end)
    start_link(Supervisor.Default, __at_line__(617, init(children, sup_opts)), start_opts)
  end

  @doc """
  Starts a module-based supervisor: `module.init(init_arg)` gives its children and flags.
  `options` may hold `:name`.
  """
  @spec start_link(module(), term(), [option()]) :: on_start()
  # (its start_link/2 clause comes after start_link(children, options), as in Elixir)
  def start_link(module, init_arg, options \\ [])

  def start_link(module, init_arg, options) when is_list(options) do
    case Keyword.get(options, :name) do
      nil ->
        :supervisor.start_link(module, init_arg)

      atom when is_atom(atom) ->
        :supervisor.start_link({:local, atom}, module, init_arg)

      {:global, _} = tuple ->
        :supervisor.start_link(tuple, module, init_arg)

      {:via, via_module, _} = tuple when is_atom(via_module) ->
        :supervisor.start_link(tuple, module, init_arg)

      other ->
        # (at the line of Elixir's raise in lib/supervisor.ex)
        __at_line__(856, raise(ArgumentError,
              "expected :name option to be one of the following:\n\n" <>
                "  * nil\n  * atom\n  * {:global, term}\n  * {:via, module, term}\n\n" <>
                "Got: " <> inspect(other) <> "\n"))
    end
  end

  @doc """
  Builds the supervisor's specification from a list of children (modules, `{module, arg}` tuples
  or child spec maps) and options (`:strategy`, required, `:max_restarts`, `:max_seconds`), for a
  module-based supervisor's `init/1` to return.
  """
  @doc since: "1.5.0"
  @spec init([child_spec() | {module(), term()} | module() | (old_erlang_child_spec :: :supervisor.child_spec())], [init_option()]) :: {:ok, {sup_flags(), [child_spec() | (old_erlang_child_spec :: :supervisor.child_spec())]}}
  def init(children, options) when is_list(children) and is_list(options) do
    strategy =
      case Keyword.get(options, :strategy) do
        nil -> __at_line__(671, raise(ArgumentError, "expected :strategy option to be given"))
        strategy -> strategy
      end

    if strategy == :simple_one_for_one do
      IO.warn(":simple_one_for_one strategy is deprecated, please use DynamicSupervisor instead")
    end

    intensity = Keyword.get(options, :max_restarts, 3)
    period = Keyword.get(options, :max_seconds, 5)
    flags = %{strategy: strategy, intensity: intensity, period: period}
    # (frames at the lines of Elixir's lib/supervisor.ex, as in init_child/1 and child_spec/2)
    {:ok, {flags, __at_line__(687, Enum.map(children, fn child -> init_child(child) end))}}
  end

  # a module or {module, arg} becomes the spec its child_spec/1 returns; a map is kept as it is
  # (OTP's :supervisor checks it when the child starts: {:error, :missing_start}, ...)
  defp init_child(module) when is_atom(module), do: init_child({module, []})

  defp init_child({module, arg}) when is_atom(module) do
    cond do
      not Code.ensure_loaded?(module) ->
        __at_line__(701, raise(ArgumentError, "The module #{inspect(module)} was given as a child to a supervisor but it does not exist."))

      not function_exported?(module, :child_spec, 1) ->
        __at_line__(701, raise(ArgumentError, child_spec_missing(module)))

      true ->
        module.child_spec(arg)
    end
  end

  defp init_child(map) when is_map(map), do: map

  defp init_child({_, _, _, _, _, _} = tuple), do: tuple

  defp init_child(other) do
    message = "supervisors expect each child to be one of the following:\n\n" <>
      "  * a module\n  * a {module, arg} tuple\n  * a child specification as a map with at least the :id and :start fields\n" <>
      "  * or a tuple with 6 elements generated by Supervisor.Spec (deprecated)\n\n" <>
      "Got: " <> inspect(other) <> "\n"

    __at_line__(718, raise(ArgumentError, message))
  end

  defp child_spec_missing(module) do
    """
    The module #{inspect(module)} was given as a child to a supervisor
    but it does not implement child_spec/1.

    If you own the given module, please define a child_spec/1 function
    that receives an argument and returns a child specification as a map.
    For example:

        def child_spec(opts) do
          %{
            id: __MODULE__,
            start: {__MODULE__, :start_link, [opts]},
            type: :worker,
            restart: :permanent,
            shutdown: 500
          }
        end

    Note that "use Agent", "use GenServer" and so on automatically define
    this function for you.

    However, if you don't own the given module and it doesn't implement
    child_spec/1, instead of passing the module name directly as a supervisor
    child, you will have to pass a child specification as a map:

        %{
          id: #{inspect(module)},
          start: {#{inspect(module)}, :start_link, [arg1, arg2]}
        }

    See the Supervisor documentation for more information.
    """
  end

  def child_spec({_, _, _, _, _, _} = tuple, _overrides) do
    __at_line__(803, raise(ArgumentError, "old tuple-based child specification #{inspect(tuple)} is not supported in Supervisor.child_spec/2"))
  end

  def child_spec(module_or_map, overrides) do
    Enum.reduce(overrides, __at_line__(809, init_child(module_or_map)), fn {key, value}, acc ->
      if key in @keys do
        Map.put(acc, key, value)
      else
        __at_line__(814, raise(ArgumentError, "unknown key " <> inspect(key) <> " in child specification override"))
      end
    end)
  end

  # extra arguments for a :simple_one_for_one supervisor's child (deprecated in 1.14)
  def start_child(supervisor, args) when is_list(args) do
    __at_line__(906, IO.warn("Supervisor.start_child/2 with a list of args is deprecated, please use DynamicSupervisor instead"))
    call(supervisor, {:start_child, args})
  end

  def start_child(supervisor, child_spec) do
    spec =
      case child_spec do
        {_, _, _, _, _, _} -> child_spec
        _ -> child_spec(child_spec, [])
      end

    call(supervisor, {:start_child, spec})
  end

  @doc """
  Stops the child `child_id`, keeping its specification so that it can be restarted.
  """
  @spec terminate_child(supervisor(), term()) :: :ok | {:error, :not_found}
  def terminate_child(supervisor, child_id), do: call(supervisor, {:terminate_child, child_id})
  def delete_child(supervisor, child_id), do: call(supervisor, {:delete_child, child_id})
  @doc """
  Restarts the terminated child `child_id` from its specification.
  """
  @spec restart_child(supervisor(), term()) :: {:ok, child()} | {:ok, child(), term()} | {:error, error} when error: :not_found | :running | :restarting | term()
  def restart_child(supervisor, child_id), do: call(supervisor, {:restart_child, child_id})
  @doc """
  One `{id, child, type, modules}` tuple for each child of the supervisor.
  """
  @spec which_children(supervisor()) :: [{term() | :undefined, child() | :restarting, :worker | :supervisor, [module()] | :dynamic}]
  def which_children(supervisor), do: call(supervisor, :which_children)
  @doc """
  A map with the numbers of the supervisor's children: `:specs`, `:active`, `:supervisors` and
  `:workers`.
  """
  @spec count_children(supervisor()) :: %{specs: non_neg_integer(), active: non_neg_integer(), supervisors: non_neg_integer(), workers: non_neg_integer()}
  def count_children(supervisor), do: call(supervisor, :count_children)

  @doc """
  Stops the supervisor (its children first, in reverse start order) with `reason`.
  """
  @spec stop(supervisor(), reason :: term(), timeout()) :: :ok
  def stop(supervisor, reason \\ :normal, timeout \\ :infinity) do
    GenServer.stop(supervisor, reason, timeout)
  end

  defp call(supervisor, request), do: GenServer.call(supervisor, request, :infinity)
end
