spawn_link(fn -> throw(:ball) end); Process.sleep(100)
