defmodule Node do
  @moduledoc """
  Functions related to VM nodes.

  beamlet runs one node that never connects to another: a script's `Node.self/0` is
  `:nonode@nohost`, a release's is `APP@HOST` (as a mix release names its node), no other node is
  ever connected, and spawning on another node fails as on a BEAM with no connections.
  """

  @type t :: node

  @doc "Turns a non-distributed node into a distributed node (beamlet cannot: returns the error)."
  @spec start(node, :longnames | :shortnames, non_neg_integer) :: {:ok, pid} | {:error, term}
  def start(name, type \\ :longnames, tick_time \\ 15000) do
    :net_kernel.start([name, type, tick_time])
  end

  @doc "Turns a distributed node into a non-distributed node."
  @spec stop() :: :ok | {:error, :not_allowed | :not_found}
  def stop() do
    :net_kernel.stop()
  end

  @doc "Returns the current node."
  @spec self :: t
  def self(), do: :erlang.node()

  @doc "Returns `true` if the local node is alive."
  @spec alive? :: boolean
  def alive?(), do: :erlang.is_alive()

  @doc "Returns a list of all visible nodes in the system, excluding the local node."
  @spec list :: [t]
  def list(), do: :erlang.nodes()

  @doc "Returns a list of nodes according to argument given."
  @spec list(atom | [atom]) :: [t]
  def list(args), do: :erlang.nodes(args)

  @doc "Monitors the status of the node."
  @spec monitor(t, boolean) :: true
  def monitor(node, flag), do: :erlang.monitor_node(node, flag)

  @doc "Behaves as `monitor/2` except that it allows an extra option to be given."
  @spec monitor(t, boolean, [:allow_passive_connect]) :: true
  def monitor(node, flag, options), do: :erlang.monitor_node(node, flag, options)

  @doc "Tries to set up a connection to node."
  @spec ping(t) :: :pong | :pang
  def ping(node), do: :net_adm.ping(node)

  @doc "Forces the disconnection of a node."
  @spec disconnect(t) :: boolean | :ignored
  def disconnect(node), do: :erlang.disconnect_node(node)

  @doc "Establishes a connection to `node`."
  @spec connect(t) :: boolean | :ignored
  def connect(node), do: :net_kernel.connect_node(node)

  @doc "Returns the PID of a new process started by the application of `fun` on `node`."
  @spec spawn(t, (() -> any)) :: pid
  def spawn(node, fun), do: :erlang.spawn(node, fun)

  @doc "Returns the PID of a new process started by the application of `fun` on `node`."
  @spec spawn(t, (() -> any), Process.spawn_opts()) :: pid | {pid, reference}
  def spawn(node, fun, opts), do: :erlang.spawn_opt(node, fun, opts)

  @doc "Returns the PID of a new process started by the application of `module.function(args)` on `node`."
  @spec spawn(t, module, atom, [any]) :: pid
  def spawn(node, module, fun, args), do: :erlang.spawn(node, module, fun, args)

  @doc "Returns the PID of a new process started by the application of `module.function(args)` on `node`."
  @spec spawn(t, module, atom, [any], Process.spawn_opts()) :: pid | {pid, reference}
  def spawn(node, module, fun, args, opts), do: :erlang.spawn_opt(node, module, fun, args, opts)

  @doc "Returns the PID of a new linked process started by the application of `fun` on `node`."
  @spec spawn_link(t, (() -> any)) :: pid
  def spawn_link(node, fun), do: :erlang.spawn_link(node, fun)

  @doc "Returns the PID of a new linked process started by the application of `module.function(args)` on `node`."
  @spec spawn_link(t, module, atom, [any]) :: pid
  def spawn_link(node, module, fun, args), do: :erlang.spawn_link(node, module, fun, args)

  @doc "Spawns the given function on a node, monitors it and returns its PID and monitoring reference."
  @spec spawn_monitor(t, (() -> any)) :: {pid, reference}
  def spawn_monitor(node, fun), do: :erlang.spawn_monitor(node, fun)

  @doc "Spawns the given module and function passing the given args on a node, monitors it and returns its PID and monitoring reference."
  @spec spawn_monitor(t, module, atom, [any]) :: {pid, reference}
  def spawn_monitor(node, module, fun, args), do: :erlang.spawn_monitor(node, module, fun, args)

  @doc "Sets the magic cookie of `node` to the atom `cookie`."
  @spec set_cookie(t, atom) :: true
  def set_cookie(node \\ Node.self(), cookie) when is_atom(cookie) do
    :erlang.set_cookie(node, cookie)
  end

  @doc "Returns the magic cookie of the local node."
  @spec get_cookie() :: atom
  def get_cookie(), do: :erlang.get_cookie()
end
