# A supervision tree that cannot start: Supervisor.start_link returns (or the caller receives)
# {:shutdown, {:failed_to_start_child, id, reason}}, and bad specs or flags make
# {:start_spec, ...}, {:bad_start_spec, ...} and {:supervisor_data, ...}; Exception.format_exit
# explains each as Elixir 1.14 does, nested reasons indented under "** (EXIT)"
defmodule Repo do
  use GenServer
  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)
  def init(opts), do: if(opts[:fail], do: {:stop, :db_unreachable}, else: {:ok, opts})
end

defmodule Cache do
  use Agent
  def start_link(_), do: Agent.start_link(fn -> raise ArgumentError, "cache size must be positive" end)
end

defmodule Main do
  def run do
    Process.flag(:trap_exit, true)

    attempts = [
      [{Repo, fail: true}],
      [{Repo, []}, {Repo, []}],
      [%{id: :bad, start: {Repo, :start_link, [[]]}, restart: :sometimes}],
      [%{id: :odd, start: :not_an_mfa}],
      [%{id: :x, start: {Repo, :start_link, [[]]}, shutdown: -5}],
      [%{id: :y, start: {Repo, :start_link, [[]]}, type: :manager}],
      [Supervisor.child_spec({Repo, []}, id: :inner_sup_child), %{id: :nested, start: {Supervisor, :start_link, [[{Repo, fail: true}], [strategy: :one_for_one]]}, type: :supervisor}]
    ]

    for children <- attempts do
      case Supervisor.start_link(children, strategy: :one_for_one) do
        {:ok, sup} ->
          IO.puts("started")
          Supervisor.stop(sup)

        {:error, reason} ->
          IO.puts(Exception.format_exit(reason))
      end
    end

    for flags <- [[strategy: :one_for_none], [strategy: :one_for_one, max_restarts: -1], [strategy: :one_for_one, max_seconds: 0]] do
      result = :supervisor.start_link(Sup, {Map.new(flags) |> Map.put_new(:strategy, :one_for_one) |> Map.to_list() |> Enum.into(%{}) |> fix_flags(), []})
      case result do
        {:error, reason} -> IO.puts(Exception.format_exit(reason))
        other -> IO.inspect(other)
      end
    end

    {:error, reason} = Supervisor.start_link([Cache], strategy: :one_for_one)
    IO.puts(Exception.format_exit(reason) |> String.split("\n") |> Enum.take(3) |> Enum.join("\n"))
    flush()
  end

  defp fix_flags(%{max_restarts: r} = m), do: m |> Map.delete(:max_restarts) |> Map.put(:intensity, r)
  defp fix_flags(%{max_seconds: s} = m), do: m |> Map.delete(:max_seconds) |> Map.put(:period, s)
  defp fix_flags(m), do: m

  defp flush do
    receive do
      {:EXIT, _, _} -> flush()
    after
      100 -> :ok
    end
  end
end

defmodule Sup do
  def init(arg), do: {:ok, arg}
end

Main.run()
Process.flag(:trap_exit, false)
Supervisor.start_link([{Repo, fail: true}], strategy: :one_for_one)
