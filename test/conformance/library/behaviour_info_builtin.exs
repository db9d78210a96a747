# behaviour_info/1 of the behaviours Elixir and OTP ship: the callbacks and optional callbacks in
# each one's order (Elixir's reversed map order, OTP's source order), and that it is exported
for m <- [GenServer, Supervisor, Application, DynamicSupervisor, Access, Exception, Calendar, Module, :gen_server, :supervisor, :application, :gen_statem] do
  IO.inspect({m, m.behaviour_info(:callbacks), m.behaviour_info(:optional_callbacks)}, limit: :infinity, width: 300)
end
IO.inspect(function_exported?(:gen_server, :behaviour_info, 1))
IO.inspect(GenServer.__info__(:functions) |> Keyword.has_key?(:behaviour_info))
IO.inspect(:gen_server.module_info(:exports) |> Keyword.has_key?(:behaviour_info))
defmodule MyWorker do
  @behaviour GenServer
  def init(x), do: {:ok, x}
end
missing = GenServer.behaviour_info(:callbacks) -- GenServer.behaviour_info(:optional_callbacks)
IO.inspect(Enum.reject(missing, fn {f, a} -> function_exported?(MyWorker, f, a) end))
IO.inspect(for b <- MyWorker.module_info(:attributes)[:behaviour], do: {b, length(b.behaviour_info(:callbacks))})
