1 |> IO.inspect(_)
