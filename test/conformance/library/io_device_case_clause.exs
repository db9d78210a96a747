# IO.write/2, IO.binwrite/2 and IO.gets/2 given a device that is no atom, pid or tuple
for {name, call} <- [
      {"write string", fn -> IO.write("label", "text") end},
      {"write integer", fn -> IO.write(1, "text") end},
      {"binwrite", fn -> IO.binwrite("label", "text") end},
      {"gets", fn -> IO.gets("label", "prompt") end}
    ] do
  try do
    call.()
  rescue
    e -> IO.inspect({name, e, hd(__STACKTRACE__)})
  end
end
IO.write(["a", "b"], "never written")
