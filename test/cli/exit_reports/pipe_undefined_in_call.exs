# a pipe inside a match and a remote call's arguments, on a later line
IO.puts("start")
x = IO.inspect([1] |> Enum.map(& &1) |> nope(2))
