# A linked process's exit with a reason other than an exception: Exception.format_exit/1's text
IO.puts("before")
spawn_link(fn -> exit({:shutdown, :done_here}) end)
Process.sleep(1000)
IO.puts("never printed")
