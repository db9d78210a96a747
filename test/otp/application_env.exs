defmodule MyApp do
  use Application
  def start(type, args) do
    IO.inspect({:start, type, args})
    Supervisor.start_link([], strategy: :one_for_one, name: MyApp.Sup)
  end
  def stop(state) do
    IO.inspect({:stop, state})
    :ok
  end
end

IO.inspect(Application.get_env(:myapp, :k))
IO.inspect(Application.fetch_env(:myapp, :nope))
IO.inspect(Application.start(:nope))
IO.inspect(Application.put_env(:myapp, :z, 2))
IO.inspect(Application.get_env(:myapp, :z))
IO.inspect(Application.get_env(:myapp, :missing, :default))
IO.inspect(Application.fetch_env(:myapp, :z))
IO.inspect(Application.put_env(:myapp, :z, 3))
IO.inspect(Application.get_all_env(:myapp))
IO.inspect(Application.delete_env(:myapp, :z))
IO.inspect(Application.get_all_env(:myapp))
try do
  Application.fetch_env!(:other_app, :q)
rescue
  e -> IO.inspect(e)
end
IO.inspect(Application.get_env(:logger, :level))
