defmodule PartitionSupervisor do
  @moduledoc """
  A supervisor that starts multiple partitions of the same child.

  Each partition is a child of a regular `Supervisor` whose id is the partition number; a named
  public ETS table (named after the supervisor) maps each partition to its pid, so
  `{:via, PartitionSupervisor, {name, key}}` finds a partition without calling the supervisor:
  an integer key picks `rem(abs(key), partitions)`, any other `:erlang.phash2(key, partitions)`.
  """

  @behaviour Supervisor

  @type name :: atom()

  @doc false
  def child_spec(opts) when is_list(opts) do
    # Elixir 1.14 names a child started without :name after DynamicSupervisor, and so does this
    %{
      id: Keyword.get(opts, :name, DynamicSupervisor),
      start: {PartitionSupervisor, :start_link, [opts]},
      type: :supervisor
    }
  end

  @doc "Starts a partition supervisor with the given options."
  @spec start_link(keyword) :: Supervisor.on_start()
  def start_link(opts) when is_list(opts) do
    name = opts[:name]

    if !name do
      raise ArgumentError, "the :name option must be given to PartitionSupervisor"
    end

    {child_spec, opts} = Keyword.pop(opts, :child_spec)

    if !child_spec do
      raise ArgumentError, "the :child_spec option must be given to PartitionSupervisor"
    end

    {partitions, opts} = Keyword.pop(opts, :partitions, System.schedulers_online())

    if not (is_integer(partitions) and partitions >= 1) do
      raise ArgumentError, "the :partitions option must be a positive integer, got: #{inspect(partitions)}"
    end

    {with_arguments, opts} = Keyword.pop(opts, :with_arguments, fn args, _partition -> args end)

    if not is_function(with_arguments, 2) do
      raise ArgumentError,
            "the :with_arguments option must be a function that receives two arguments, " <>
              "the current call arguments and the partition, got: #{inspect(with_arguments)}"
    end

    %{start: {mod, fun, args}} = map = Supervisor.child_spec(child_spec, [])
    modules = map[:modules] || [mod]

    children =
      for partition <- 0..(partitions - 1) do
        partition_args = with_arguments.(args, partition)

        if not is_list(partition_args) do
          raise "the call to the function in :with_arguments must return a list, got: #{inspect(partition_args)}"
        end

        start = {__MODULE__, :start_child, [mod, fun, partition_args, name, partition]}
        Map.merge(map, %{id: partition, start: start, modules: modules})
      end

    {init_opts, start_opts} = Keyword.split(opts, [:strategy, :max_seconds, :max_restarts, :auto_shutdown])
    Supervisor.start_link(__MODULE__, {name, partitions, children, init_opts}, [name: name] ++ start_opts)
  end

  @doc false
  def start_child(mod, fun, args, name, partition) do
    case apply(mod, fun, args) do
      {:ok, pid} ->
        :ets.insert(name, {partition, pid})
        {:ok, pid}

      {:ok, pid, info} ->
        :ets.insert(name, {partition, pid})
        {:ok, pid, info}

      other ->
        other
    end
  end

  @impl true
  def init({name, partitions, children, init_opts}) do
    :ets.new(name, [:set, :named_table, :public, read_concurrency: true])
    :ets.insert(name, {:partitions, partitions})
    Supervisor.init(children, Keyword.put_new(init_opts, :strategy, :one_for_one))
  end

  @doc "Returns the number of partitions for the partition supervisor."
  @spec partitions(name()) :: pos_integer()
  def partitions(supervisor) when is_atom(supervisor) do
    :ets.lookup_element(supervisor, :partitions, 2)
  rescue
    _ -> exit({:noproc, {__MODULE__, :partitions, [supervisor]}})
  end

  @doc "Returns a list with information about all children (the partitions)."
  @spec which_children(name()) :: [{integer(), pid | :restarting, :worker | :supervisor, [module()] | :dynamic}]
  def which_children(supervisor) when is_atom(supervisor) do
    Supervisor.which_children(supervisor)
  end

  @doc "Returns a map containing count values for the supervisor."
  @spec count_children(name()) :: %{specs: non_neg_integer, active: non_neg_integer, supervisors: non_neg_integer, workers: non_neg_integer}
  def count_children(supervisor) when is_atom(supervisor) do
    Supervisor.count_children(supervisor)
  end

  @doc "Synchronously stops the given partition supervisor with the given `reason`."
  @spec stop(name(), reason :: term, timeout) :: :ok
  def stop(supervisor, reason \\ :normal, timeout \\ :infinity) when is_atom(supervisor) do
    Supervisor.stop(supervisor, reason, timeout)
  end

  ## Via callbacks

  @doc false
  def whereis_name({name, key}) when is_atom(name) do
    partitions = partitions(name)
    partition = if is_integer(key), do: rem(abs(key), partitions), else: :erlang.phash2(key, partitions)
    :ets.lookup_element(name, partition, 2)
  end

  @doc false
  def send(name_key, msg) do
    Kernel.send(whereis_name(name_key), msg)
  end

  @doc false
  def register_name(_, _) do
    raise "{:via, PartitionSupervisor, _} cannot be given on registration"
  end

  @doc false
  def unregister_name(_, _) do
    raise "{:via, PartitionSupervisor, _} cannot be given on unregistration"
  end
end
