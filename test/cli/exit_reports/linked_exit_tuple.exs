spawn_link(fn -> exit({:shutdown, :x}) end); Process.sleep(100)
