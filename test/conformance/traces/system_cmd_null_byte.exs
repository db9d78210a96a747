try do
  System.shell("ec\0ho")
rescue
  e -> IO.inspect({e, __STACKTRACE__})
end

System.cmd("ec\0ho", ["a"])
