# Injected by `use DynamicSupervisor, opts` (Elixir 1.14's DynamicSupervisor.__using__).
defmodule Template do
  @behaviour DynamicSupervisor

  @doc false
  def child_spec(arg) do
    default = %{id: __MODULE__, start: {__MODULE__, :start_link, [arg]}, type: :supervisor}
    Supervisor.child_spec(default, @use_opts)
  end

  defoverridable child_spec: 1
end
