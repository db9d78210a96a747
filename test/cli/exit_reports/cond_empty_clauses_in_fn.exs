IO.puts(1)
f = fn -> cond(do: []) end
