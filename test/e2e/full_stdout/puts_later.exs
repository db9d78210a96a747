# A write to a full disk, then a pause: the :user io server's end is reported through Logger, whose
# console handler fails to write that report (its watcher's report on standard error); the next
# write raises ErlangError :terminated
IO.puts("first")

wait = fn wait, n ->
  if n > 0 and Logger.Backends.Console in :gen_event.which_handlers(Logger), do: (Process.sleep(10); wait.(wait, n - 1))
end

wait.(wait, 500)
Process.sleep(500)
IO.puts("second")
