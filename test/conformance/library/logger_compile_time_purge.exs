# Logger's macros as Elixir 1.14 expands them (metadata and the location as map literals), and
# :compile_time_purge_matching (read when a call compiles): a matching entry compiles to nothing,
# its message never evaluated, whatever the level at run time
require Logger

IO.puts(Macro.to_string(Macro.expand(quote(do: Logger.debug("x")), __ENV__)))
IO.puts(Macro.to_string(Macro.expand(quote(do: Logger.info("x", a: 1)), __ENV__)))
IO.puts(Macro.to_string(Macro.expand(quote(do: Logger.log(:info, fn -> "x" end, meta)), __ENV__)))

Application.put_env(:logger, :compile_time_purge_matching, [
  [level_lower_than: :info],
  [module: Quiet],
  [function: "hush/0"],
  [tag: :noisy, level_lower_than: :error]
])

defmodule Loud do
  require Logger

  def run(n) do
    Logger.debug("debug purged #{n}")
    Logger.info("info kept #{n}")
    Logger.warning("tagged purged", tag: :noisy)
    Logger.error("tagged error kept", tag: :noisy)
    Logger.warning("other tag kept", tag: :calm)
    hush()
  end

  def hush do
    Logger.error(fn -> IO.puts("never evaluated"); "hushed" end)
  end
end

defmodule Quiet do
  require Logger
  def run, do: Logger.error("purged by module")
end

Logger.configure(level: :debug)
IO.inspect(Loud.run(1))
IO.inspect(Quiet.run())
Logger.flush()
IO.puts(Macro.to_string(Macro.expand(quote(do: Logger.debug("x", a: 1)), __ENV__)))

Application.put_env(:logger, :compile_time_purge_matching, :bad)

try do
  Code.eval_string(~s[require Logger; Logger.info("x")])
rescue
  e -> IO.inspect(e)
end

Application.put_env(:logger, :compile_time_purge_matching, [[:bad]])

try do
  Code.eval_string(~s[require Logger; Logger.info("x")])
rescue
  e -> IO.inspect(e)
end
