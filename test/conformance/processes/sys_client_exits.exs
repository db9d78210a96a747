# every :sys client call on a name nobody has: the exit names the call as OTP's sys.erl does, and
# the frames are sys.erl's (send_system_msg/2 or /3, get_state and replace_state under it)
calls = [
  {:get_state, [:n]}, {:get_state, [:n, 1]}, {:replace_state, [:n, :f]}, {:replace_state, [:n, :f, 1]},
  {:suspend, [:n]}, {:suspend, [:n, 1]}, {:resume, [:n]}, {:resume, [:n, 1]},
  {:change_code, [:n, M, 1, nil]}, {:change_code, [:n, M, 1, nil, 1]}, {:get_status, [:n]}, {:get_status, [:n, 1]},
  {:trace, [:n, true]}, {:trace, [:n, true, 1]}, {:statistics, [:n, true]}, {:statistics, [:n, true, 1]},
  {:log, [:n, true]}, {:log, [:n, true, 1]}, {:install, [:n, {:f, 1}]}, {:install, [:n, {:f, 1}, 1]},
  {:remove, [:n, :x]}, {:remove, [:n, :x, 1]}, {:no_debug, [:n]}, {:no_debug, [:n, 1]}, {:terminate, [:n, :r]},
  {:terminate, [:n, :r, 1]}, {:log_to_file, [:n, :x]}, {:log_to_file, [:n, :x, 1]}
]

for {f, args} <- calls do
  try do
    apply(:sys, f, args)
  catch
    :exit, {reason, call} ->
      frames = for {m, f, a, l} <- Enum.take(__STACKTRACE__, 2), m == :sys, do: {f, a, l[:file], l[:line]}
      IO.inspect({f, length(args), reason, call, frames})
  end
end

# a process asking itself: refused at once
try do
  :sys.get_status(self(), 100)
catch
  :exit, reason -> IO.inspect(reason)
end

:sys.get_state(self())
