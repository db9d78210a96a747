# :erlang.send/3 refuses an improper option list before sending anything
try do
  :erlang.send(self(), :x, [:noconnect | :b])
rescue
  e -> IO.puts(Exception.message(e))
end

receive do
  m -> IO.inspect(m, label: "received")
after
  0 -> IO.puts("nothing sent")
end

IO.inspect(:erlang.send(self(), :y, [:noconnect]))
IO.inspect(:erlang.send({:nobody, :other@host}, :y, [:noconnect]))
