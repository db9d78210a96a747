# once a line IO.binread/2 could not translate ended the standard io server, a write to standard
# output raises ErlangError :terminated; `rescue e` gets it with reason nil (the error_info text
# "the device has terminated" is only added by Exception.normalize/3 and Exception.blame/3).
# Standard output is gone: the results are the message of the error that ends the script.
# (the console backend is removed first: once the device is gone it reports its own crash on
# standard error, at a time that races the error below)
Logger.remove_backend(:console)
IO.binread(:stdio, :line)

seen =
  for {label, f} <- [
        puts: fn -> IO.puts("never printed") end,
        format: fn -> :io.format("~p~n", [1]) end,
        write: fn -> IO.write("x") end
      ] do
    try do
      f.()
    rescue
      e in ErlangError -> {label, e, Exception.message(e)}
    catch
      kind, reason -> {label, kind, reason}
    end
  end

raw =
  try do
    IO.write("y")
  catch
    :error, reason ->
      {blamed, _} = Exception.blame(:error, %ErlangError{original: reason}, __STACKTRACE__)
      [Exception.normalize(:error, reason, __STACKTRACE__), blamed]
  end

other =
  try do
    IO.puts("z")
  rescue
    e -> e
  end

raise inspect({seen, raw, other})
