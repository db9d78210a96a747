# Application.get_env/fetch_env read the application controller's table (no round trip to any
# process), so a Logger line's console write, still being formatted by Logger, comes after the
# caller's next output, as without the read.
require Logger
Logger.notice("logged first")
Application.get_env(:my_app, :missing)
IO.puts("printed before the log line")
Logger.notice("logged again")
Application.fetch_env(:logger, :level)
IO.puts("also before it")
Process.sleep(50)
IO.puts("end")
