# The Logger process belongs to the logger application: its group leader is that application's
# master (#PID<0.87.0>, unregistered), not the program's (#PID<0.65.0>), from its first look-up.
logger = Process.whereis(Logger)
IO.inspect(logger, label: "Logger")
{:group_leader, leader} = :erlang.process_info(logger, :group_leader)
IO.inspect(leader, label: "its group leader")
IO.inspect(Process.info(leader, :registered_name), label: "registered")
IO.inspect(Process.group_leader(), label: "the program's")
IO.inspect(leader in Process.list(), label: "listed")
