# Injected by `use Agent, opts` (Elixir 1.14's Agent.__using__).
defmodule Template do
  @doc false
  def child_spec(arg) do
    default = %{id: __MODULE__, start: {__MODULE__, :start_link, [arg]}}
    Supervisor.child_spec(default, @use_opts)
  end
end
