# System.no_halt(true): the script's end halts nothing and runs no System.at_exit/1 hook; the
# node keeps running until a process halts it
System.at_exit(fn status -> IO.puts("at_exit #{status} (not run)") end)
IO.inspect(System.no_halt(true), label: "no_halt(true)")
IO.inspect(System.no_halt(), label: "no_halt")
parent = self()

spawn(fn ->
  ref = Process.monitor(parent)
  send(parent, :watching)

  receive do
    {:DOWN, ^ref, _, _, reason} -> IO.inspect(reason, label: "script process down")
  end

  IO.puts("halting")
  System.halt(3)
end)

receive do
  :watching -> IO.puts("end of script")
end
