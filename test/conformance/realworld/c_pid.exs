# :c.pid/3, the shell helper programs use to name a pid (a dead one here)
pid = :c.pid(0, 9999, 0)
IO.inspect(pid)
IO.inspect(Process.alive?(pid))
IO.inspect(:c.pid(0, 0, 0) == :erlang.list_to_pid(~c"<0.0.0>"))
IO.inspect(:code.is_loaded(:c) |> elem(0))
try do
  Process.link(pid)
rescue
  e -> IO.inspect(e)
end
try do
  :c.pid(0, :x, 0)
rescue
  e -> IO.inspect(e.__struct__)
end
