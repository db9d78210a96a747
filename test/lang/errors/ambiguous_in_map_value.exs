IO.inspect(%{1 => max 1, 2})
