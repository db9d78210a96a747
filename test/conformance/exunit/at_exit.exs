# System.at_exit/1: hooks run after the script, newest first, with the exit status; a hook may
# register another hook, and exit({:shutdown, n}) in a hook sets the status
System.at_exit(fn status -> IO.puts("first hook, status #{status}") end)

System.at_exit(fn status ->
  IO.puts("second hook, status #{status}")

  System.at_exit(fn status ->
    IO.puts("nested hook, status #{status}")
    exit({:shutdown, 3})
  end)
end)

IO.puts("script body")
