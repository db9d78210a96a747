f = fn x -> x end
IO.inspect(f.(1))
IO.inspect [a:1]
