defmodule Tasklist.Application do
  @moduledoc false
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Tasklist.Store, []},
      {Task.Supervisor, name: Tasklist.TaskSup}
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: Tasklist.Supervisor)
  end
end
