# the script's process ended by an exit signal another process sends
main = self()
spawn(fn -> Process.exit(main, {:shutdown, :from_elsewhere}) end)
Process.sleep(1000)
