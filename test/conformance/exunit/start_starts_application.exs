# ExUnit.start/1 starts the :ex_unit application, as Elixir's (Application.ensure_all_started):
# beamlet only loaded it, so started_applications/0 left it out and a second start answered :ok
IO.inspect(Application.started_applications() |> Enum.map(&elem(&1, 0)))
ExUnit.start(autorun: false)
IO.inspect(Application.started_applications())
ExUnit.start(autorun: false)
IO.inspect(Application.ensure_all_started(:ex_unit))
IO.inspect(Application.start(:ex_unit))
IO.inspect(Application.spec(:ex_unit, :vsn))
IO.inspect(Application.get_env(:ex_unit, :autorun))
