# Injected by `use Application, opts` (Elixir 1.14's Application.__using__).
defmodule Template do
  @behaviour Application

  @doc false
  def stop(_state) do
    :ok
  end
end
