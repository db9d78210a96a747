IO.inspect(Mix.env(), label: :script)
IO.inspect({Mixenv.compiled_in(), Mixenv.now()}, label: :lib)
IO.inspect(Application.get_all_env(:mixenv) |> Enum.sort(), label: :config)
