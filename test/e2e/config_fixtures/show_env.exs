IO.write("<env>\n" <> inspect(Application.get_all_env(:anemone) |> Enum.sort(), pretty: true) <> "\n</env>\n")
