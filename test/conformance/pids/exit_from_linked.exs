# the script's process killed through a link: elixir names the script's process, not the sender
IO.inspect(self(), label: "main")
IO.inspect(Process.info(self(), [:links, :group_leader]))
spawn_link(fn -> raise ArgumentError, "child" end)
Process.sleep(1000)
