try do
  :io_lib.format("~d", [:a])
rescue
  e -> IO.inspect({e, hd(__STACKTRACE__)})
end
x = :io_lib.format("~b ~x", [1, 2])
IO.inspect x
