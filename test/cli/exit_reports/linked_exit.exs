spawn_link(fn -> exit(:boom) end); Process.sleep(100)
