# stderr_to_stdout gives the program one descriptor for its stdout and stderr, so what it writes
# comes in the order written; {:spawn, command} runs the command through a shell named sh (its
# errors say so); a driver the node has not loaded is an invalid port name.
collect = fn port, collect ->
  receive do
    {^port, {:data, data}} -> [data | collect.(port, collect)]
    {^port, {:exit_status, status}} -> [{:exit_status, status}]
  after
    2000 -> [:timeout]
  end
end

script = "for i in 1 2 3 4 5 6; do echo out$i; echo err$i 1>&2; done"
p = Port.open({:spawn, "sh -c '#{script}'"}, [:stderr_to_stdout, :binary, :exit_status, {:line, 80}])
IO.inspect(collect.(p, collect), label: "spawn")

p = Port.open({:spawn_executable, "/bin/sh"}, [:stderr_to_stdout, :exit_status, {:line, 80}, args: ["-c", script]])
IO.inspect(collect.(p, collect), label: "spawn_executable")

p = Port.open({:spawn, "no_such_command_here"}, [:stderr_to_stdout, :binary, :exit_status, {:line, 200}])
IO.inspect(collect.(p, collect), label: "unknown command")

for name <- [{:spawn_driver, "cat"}, {:spawn_driver, 'no_driver'}] do
  try do
    Port.open(name, [])
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
