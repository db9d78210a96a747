# :erlang.list_to_pid/1 and pid_to_list/1: a round trip gives the same pid (messages reach it),
# OTP's limits on the text (a local pid, a 15-bit number, a 13-bit serial) and its error texts
self_text = :erlang.pid_to_list(self())
IO.inspect(:erlang.list_to_pid(self_text) == self())
IO.inspect(is_list(self_text) and hd(self_text) == ?<)

p = spawn(fn -> receive do {:hi, from} -> send(from, :hello_back) end end)
q = :erlang.list_to_pid(:erlang.pid_to_list(p))
IO.inspect(q == p)
send(q, {:hi, self()})
receive do
  :hello_back -> IO.puts("the pid from its text reached the process")
after
  5000 -> IO.puts("no answer")
end

for text <- ['<0.32767.0>', '<0.1.1>', '<0.1.8191>', '<0.01.0>', '<00.2.0>'] do
  IO.inspect(:erlang.pid_to_list(:erlang.list_to_pid(text)), label: inspect(text))
end
IO.inspect(:erlang.list_to_pid('<0.5.0>') < :erlang.list_to_pid('<0.6.0>'))
IO.inspect(:erlang.list_to_pid('<0.32767.0>') < :erlang.list_to_pid('<0.0.1>'))

bad = ['<0.99999999.0>', '<0.32768.0>', '<0.1.8192>', '<1.2.3>', '<0.1.0> ', ' <0.1.0>', '<0.-1.0>',
       '<0..0>', '<0.1>', 'abc', [], [?<, :a], ['<0.1.0>'], :a, "<0.1.0>", {1}]
for x <- bad do
  try do
    :erlang.list_to_pid(x)
  rescue
    e -> IO.puts("#{inspect(x)}: " <> Exception.message(e))
  end
end

for x <- [:a, "<0.1.0>", '<0.1.0>'] do
  try do
    :erlang.pid_to_list(x)
  rescue
    e -> IO.puts("pid_to_list #{inspect(x)}: " <> Exception.message(e))
  end
end
