# File.open/3 and File.open!/2,3 frames name Elixir's lines in lib/file.ex: the function's call (1468), open!/3's call of open/3 (1506) and raise (1511); File.open!/2 with a function fails in open!/2 (1492), as Elixir's hands the function to open/2.
try do
  File.open("/nonexistent_dir_x/y", [:bad_mode], fn _ -> :ok end)
rescue
  e -> IO.inspect({e, Enum.take(__STACKTRACE__, 3)})
end
try do
  File.open("/tmp", [:read], :notfun)
rescue
  e -> IO.inspect({e, Enum.take(__STACKTRACE__, 3)})
end
try do
  File.open(1, [:read], fn _ -> 1 end)
rescue
  e -> IO.inspect({e, Enum.take(__STACKTRACE__, 3)})
end
p = Path.join(System.tmp_dir!(), "sw_p11_#{System.unique_integer([:positive])}")
try do
  File.open(p, [:write], fn _ -> raise "boom" end)
rescue
  e -> IO.inspect({e, Enum.take(__STACKTRACE__, 3)})
end
File.rm(p)
p = Path.join(System.tmp_dir!(), "sw_p11b_#{System.unique_integer([:positive])}")
try do
  File.open!(p, [:write], fn _ -> raise "boom" end)
rescue
  e -> IO.inspect({e, Enum.take(__STACKTRACE__, 4)})
end
File.rm(p)
try do
  File.open(p, fn _ -> raise "boom" end)
rescue
  e -> IO.inspect({e, Enum.take(__STACKTRACE__, 4)})
end
try do
  File.open!("/nonexistent_dir_x/y", [:read], fn _ -> 1 end)
rescue
  e -> IO.inspect({e, Enum.take(__STACKTRACE__, 2)})
end
try do
  File.open!("/nonexistent_dir_x/y", fn _ -> 1 end)
rescue
  e -> IO.inspect({e, Enum.take(__STACKTRACE__, 2)})
end
