# System.cmd/3 of a program that cannot be found: ErlangError :enoent raised in System.cmd/3's own
# frame (lib/system.ex:1053 with the call's arguments) over the caller's
for f <- [fn -> System.cmd("beamlet_no_such_program_zz", ["a"]) end, fn -> System.cmd("beamlet_no_such_program_zz", [], cd: "/") end] do
  try do
    f.()
  rescue
    e -> IO.inspect({e, Enum.take(__STACKTRACE__, 2)})
  end
end

System.cmd("beamlet_no_such_program_zz", ["x"])
