spawn_link(fn -> 1 = 2 end); Process.sleep(100)
