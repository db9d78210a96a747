# Injected by `use Supervisor, opts` (Elixir 1.14's Supervisor.__using__).
defmodule Template do
  @behaviour Supervisor

  @doc false
  def child_spec(init_arg) do
    default = %{id: __MODULE__, start: {__MODULE__, :start_link, [init_arg]}, type: :supervisor}
    Supervisor.child_spec(default, @use_opts)
  end
end
