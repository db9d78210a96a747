defmodule Helper.Application do
  @moduledoc false
  use Application

  @impl true
  def start(_type, _args) do
    IO.puts("helper starts")
    Supervisor.start_link([Helper.Store], strategy: :one_for_one, name: Helper.Supervisor)
  end
end
