IO.inspect(System.argv(), label: "argv")
IO.puts("#{Application.fetch_env!(:sup_greeter, :greeting)}, #{Application.fetch_env!(:sup_greeter, :who)} (#{Application.fetch_env!(:sup_greeter, :env)})")
IO.inspect({SupGreeter.Counter.next(), SupGreeter.Counter.next()}, label: "counter")
IO.inspect(Process.whereis(SupGreeter.Supervisor) |> is_pid(), label: "supervisor running")
