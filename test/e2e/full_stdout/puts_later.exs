# A write to a full disk, then a pause: the :user io server's end is reported through Logger, whose
# console handler fails to write that report (its watcher's report on standard error); the next
# write raises ErlangError :terminated
IO.puts("first")
Process.sleep(500)
IO.puts("second")
