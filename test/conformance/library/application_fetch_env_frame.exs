# Application.fetch_env!/2 raises at lib/application.ex:730, loaded or not
for {app, key} <- [{:my_app, :missing}, {:elixir, :no_such_key}] do
  try do
    Application.fetch_env!(app, key)
  rescue
    e in ArgumentError ->
      IO.puts(Exception.message(e))
      IO.inspect(hd(__STACKTRACE__))
  end
end
Application.put_env(:my_app, :present, 1)
IO.inspect(Application.fetch_env!(:my_app, :present))
Application.fetch_env!(:my_app, :absent)
