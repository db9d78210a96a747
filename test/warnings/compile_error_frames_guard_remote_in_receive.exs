send(self(), {:job, "resize"})

receive do
  {:job, name} when String.starts_with?(name, "re") -> IO.puts("got #{name}")
after
  100 -> IO.puts("nothing")
end
