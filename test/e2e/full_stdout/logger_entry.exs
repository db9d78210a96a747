# A Logger entry while standard output is a full disk: the entry's write fails, the :user io
# server ends (its supervisor bridge's report goes through Logger) and the console handler, with no
# device to write to, is removed with its watcher's report on standard error
require Logger
Logger.info("an entry")

wait = fn wait, n ->
  if n > 0 and :gen_event.which_handlers(Logger) != [Logger.Config], do: (Process.sleep(10); wait.(wait, n - 1))
end

wait.(wait, 300)
Process.sleep(200)
IO.inspect(:stderr, Process.whereis(:user), label: "user")
IO.inspect(:stderr, :gen_event.which_handlers(Logger), label: "handlers")
IO.inspect(:stderr, Logger.remove_backend(:console), label: "remove")
IO.puts(:stderr, "end")
