IO.puts("exiting with a reason")
exit({:shutdown, :planned})
