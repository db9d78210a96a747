# IO.warn/2 with a location given as keywords (file:, line:, module:, function:): printed as a
# Macro.Env's location; without file: no location at all
IO.warn("with location", file: "lib/x.ex", line: 3)
IO.warn("module and function", file: "lib/y.ex", line: 10, module: MyApp.Y, function: {:run, 2})
IO.warn("module only", file: "y.ex", line: 1, module: MyApp.Y)
IO.warn("no line", file: "lib/z.ex")
IO.warn("no file", line: 5)
IO.warn("absolute", file: Path.join(File.cwd!(), "w.ex"), line: 2)
IO.warn(["iodata ", ?x], file: "a.ex", line: 1)
IO.puts("done")
