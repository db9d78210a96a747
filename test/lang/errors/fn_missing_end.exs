fn x -> 1
