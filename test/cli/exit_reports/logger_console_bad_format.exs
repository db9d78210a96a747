# Logger's console handler failing to configure itself prints Logger.Watcher's report on stderr
# (the exception with the Logger process's frames down to gen_event's), and a $levelpad format
# warns that it is deprecated, with the frames of the Logger process that compiled it
require Logger
Logger.configure_backend(:console, format: "$bogus $message\n")
Logger.info("not shown")
Logger.flush()
Logger.remove_backend(:console)
Application.put_env(:logger, :console, format: "$levelpad$message\n")
Logger.add_backend(:console)
Logger.info("added")
Logger.configure_backend(:console, format: "$time $levelpad[$level] $message\n")
Logger.warning("configured")
Logger.flush()
Logger.Formatter.compile("$levelpad")
