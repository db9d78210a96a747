# Logger.info is a macro: without `require Logger` the call is a function call, and Logger has
# no function info/1 (Elixir's hint says so)
try do
  Logger.info("not required")
rescue
  e -> IO.puts(Exception.message(e))
end

f = fn -> Logger.error("still not required", a: 1) end

try do
  f.()
rescue
  e -> IO.inspect(e)
end

Logger.warning("at the top level")
