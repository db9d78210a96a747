defmodule Kvstore.Registry do
  use GenServer
  require Logger

  ## Client API

  def start_link(opts) do
    server = Keyword.get(opts, :name, __MODULE__)
    GenServer.start_link(__MODULE__, server, opts)
  end

  @doc """
  Looks up the bucket pid for `name` stored in `server`.
  """
  def lookup(server, name) do
    GenServer.call(server, {:lookup, name})
  end

  @doc "Ensures there is a bucket associated with the given `name` in `server`."
  def create(server, name) do
    GenServer.call(server, {:create, name})
  end

  def count(server), do: GenServer.call(server, :count)

  ## Server callbacks

  @impl true
  def init(_server) do
    names = %{}
    refs = %{}
    {:ok, {names, refs}}
  end

  @impl true
  def handle_call({:lookup, name}, _from, state) do
    {names, _} = state
    {:reply, Map.fetch(names, name), state}
  end

  def handle_call({:create, name}, _from, {names, refs}) do
    if Map.has_key?(names, name) do
      {:reply, Map.fetch!(names, name), {names, refs}}
    else
      {:ok, bucket} = Kvstore.Bucket.start_link([])
      Process.unlink(bucket)
      ref = Process.monitor(bucket)
      refs = Map.put(refs, ref, name)
      names = Map.put(names, name, bucket)
      Logger.info("created bucket #{inspect(name)}")
      {:reply, bucket, {names, refs}}
    end
  end

  def handle_call(:count, _from, {names, _} = state) do
    {:reply, map_size(names), state}
  end

  @impl true
  def handle_info({:DOWN, ref, :process, _pid, reason}, {names, refs}) do
    {name, refs} = Map.pop(refs, ref)
    names = Map.delete(names, name)
    Logger.warning("bucket #{inspect(name)} went down: #{inspect(reason)}")
    {:noreply, {names, refs}}
  end

  def handle_info(msg, state) do
    Logger.debug("unexpected message: #{inspect(msg)}")
    {:noreply, state}
  end
end
