defmodule Supervisor.Spec do
  @moduledoc """
  Elixir 1.14's deprecated child specifications: the old `{id, start, restart, shutdown, type,
  modules}` tuples and the `{:ok, {{strategy, max_restarts, max_seconds}, children}}` an init/1
  returns, which :supervisor takes as they are. `use Supervisor` imports it, as in 1.14; each call
  warns (compiler/deprecations.ts).
  """

  def supervise(children, options) do
    strategy = options[:strategy] || raise(ArgumentError, "expected :strategy option to be given")
    max_restarts = Keyword.get(options, :max_restarts, 3)
    max_seconds = Keyword.get(options, :max_seconds, 5)
    ensure_unique_ids(Enum.map(children, &elem(&1, 0)))
    {:ok, {{strategy, max_restarts, max_seconds}, children}}
  end

  def worker(module, args, options \\ []), do: child(:worker, module, args, options)

  def supervisor(module, args, options \\ []) do
    child(:supervisor, module, args, Keyword.put_new(options, :shutdown, :infinity))
  end

  defp child(type, module, args, options) do
    id = Keyword.get(options, :id, module)
    modules = Keyword.get(options, :modules, if(module == GenEvent, do: :dynamic, else: [module]))
    function = Keyword.get(options, :function, :start_link)
    restart = Keyword.get(options, :restart, :permanent)
    shutdown = Keyword.get(options, :shutdown, 5000)
    {id, {module, function, args}, restart, shutdown, type, modules}
  end

  defp ensure_unique_ids([id | rest]) do
    if id in rest do
      raise ArgumentError,
            "duplicated ID #{inspect(id)} found in the supervisor specification, " <>
              "please explicitly pass the :id option when defining this worker/supervisor"
    end

    ensure_unique_ids(rest)
  end

  defp ensure_unique_ids([]), do: :ok
end
