m = %{}
IO.inspect(%{m | :a => 1, :b => if true, do: 1, else: 2})
