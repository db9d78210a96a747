spawn_link(fn -> Process.exit(self(), :kill) end); Process.sleep(100)
