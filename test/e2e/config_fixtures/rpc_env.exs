IO.inspect(Application.get_all_env(:anemone) |> Enum.sort())
