# ExUnit.CaptureLog's own layout options: :format, :metadata (a list or :all) and :colors lay out
# the captured entries over the console's configuration, with :level as before; with_log/2 too.
{:ok, _} = Application.ensure_all_started(:ex_unit)
require Logger
import ExUnit.CaptureLog

IO.inspect(capture_log([format: "[$level] $message $metadata\n", metadata: [:a]], fn ->
  Logger.info("hi", a: 1, b: 2)
  Logger.debug("dbg")
end))

IO.inspect(capture_log([level: :warning, format: "$message\n"], fn ->
  Logger.info("no")
  Logger.warning("yes")
end))

IO.inspect(capture_log([colors: [enabled: true], format: "$message\n"], fn -> Logger.error("red") end))
IO.inspect(capture_log([colors: [enabled: true, info: :green], format: "$message\n"], fn -> Logger.info("green") end))

all = capture_log([metadata: :all, format: "$metadata| $message\n"], fn -> Logger.error("all", x: 1) end)
IO.inspect(String.contains?(all, "x=1 "), label: "all metadata")

IO.inspect(with_log([format: "<$message>"], fn ->
  Logger.warning("w")
  42
end))

# nested captures: each with its own layout
outer =
  capture_log([format: "outer: $message\n"], fn ->
    inner = capture_log([format: "inner: $message\n"], fn -> Logger.info("both") end)
    IO.inspect(inner, label: "inner")
  end)

IO.inspect(outer, label: "outer")
IO.inspect(capture_log(fn -> Logger.info("default layout") end) =~ "[info] default layout", label: "default")
