:proc_lib.spawn(fn -> raise "x" end)
Process.sleep(200)
pid = :proc_lib.spawn(fn -> throw(:t) end)
ref = Process.monitor(pid)
receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r) end
Process.sleep(200)
IO.puts "end"
