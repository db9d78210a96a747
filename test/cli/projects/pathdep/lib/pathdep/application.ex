defmodule Pathdep.Application do
  @moduledoc false
  use Application

  @impl true
  def start(_type, _args) do
    # the dependency's application is started first: its store is there
    IO.puts("pathdep starts; helper's store holds #{inspect(Helper.Store.all())}")
    Supervisor.start_link([], strategy: :one_for_one, name: Pathdep.Supervisor)
  end
end
