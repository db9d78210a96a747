# Logger's console on a terminal: each entry in its level's colour (error red, warning yellow,
# info and notice normal, debug cyan); `colors: [enabled: false]` turns that off, a level's
# colour can be chosen (time stamps left out of the format: they differ run to run)
require Logger
Logger.configure_backend(:console, format: "[$level] $message\n")
Logger.error("e")
Logger.warning("w")
Logger.notice("n")
Logger.info("i")
Logger.debug("d")
Logger.critical("c")
Logger.configure_backend(:console, colors: [enabled: false])
Logger.error("plain")
Logger.configure_backend(:console, colors: [enabled: true, error: :green])
Logger.error("green")
Logger.flush()
