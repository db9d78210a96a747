# A bad :io.format fails as OTP 25's io.erl does: its frame has io.erl's line and the cause
# {:device, :put_chars}, the argument counted from the call's first (format/3's device is the 1st).
show = fn label, f ->
  try do
    f.()
  rescue
    e -> IO.inspect({label, Exception.message(e), hd(__STACKTRACE__)})
  end
end
show.("format/2 count", fn -> :io.format("~p ~p", [1]) end)
show.("format/2 not a list", fn -> :io.format("~p", Process.get(:nothing_here, :a)) end)
show.("format/3 count", fn -> :io.format(:standard_io, "~p ~p", [1]) end)
show.("fwrite/2 count", fn -> :io.fwrite("~p ~p", [1]) end)
show.("fwrite/3 count", fn -> :io.fwrite(:standard_io, "~p ~p", [1]) end)
