spawn_link(fn -> raise ArgumentError, "child" end); Process.sleep(100)
