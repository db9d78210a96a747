send(self(), {:low, 1})
send(self(), {:high, 2})
send(self(), {:low, 3})
send(self(), {:high, 4})
send(self(), :other)
receive do
  {:high, n} -> IO.inspect(n, label: "first high")
end
receive do
  {:high, n} -> IO.inspect(n, label: "second high")
end
receive do
  {:low, n} -> IO.inspect(n, label: "first low")
end
IO.inspect(Process.info(self(), :message_queue_len))
drain = fn drain, acc ->
  receive do
    m -> drain.(drain, [m | acc])
  after
    0 -> Enum.reverse(acc)
  end
end
IO.inspect(drain.(drain, []))
send(self(), {:tag, 5})
send(self(), {:tag, 50})
receive do
  {:tag, n} when n > 10 -> IO.inspect(n, label: "guarded")
end
receive do
  {:tag, n} -> IO.inspect(n, label: "remaining")
end
