spawn_link(fn -> :erlang.error(:badarith) end); Process.sleep(100)
