IO.inspect(%{max 1, 2 => 3})
