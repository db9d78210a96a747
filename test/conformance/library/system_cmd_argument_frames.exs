# System.cmd/3 and System.shell/2 with bad arguments fail where Elixir 1.14's do: the heads'
# guards, the arguments that must be binaries, cmd_opts/3 reading the options in order (the port
# options gathered so far in its arguments), validate_env/1's errors, the program not found
defmodule Main do
  def try_it(label, fun) do
    fun.()
    IO.puts("#{label}: no error")
  rescue
    e ->
      IO.puts("#{label}: " <> Exception.format_banner(:error, e, __STACKTRACE__))

      for {m, _, _, _} = frame <- __STACKTRACE__, m in [System, Enum, String, Enumerable] do
        IO.inspect(frame, label: "  frame")
      end
  end

  def run do
    try_it("command not a string", fn -> System.cmd(1, []) end)
    try_it("args not a list", fn -> System.cmd("echo", "a") end)
    try_it("an argument not a string", fn -> System.cmd("echo", ["a", :b]) end)
    try_it("improper args", fn -> System.cmd("echo", ["a" | "b"]) end)
    try_it("options not a list", fn -> System.cmd("echo", ["a"], 1) end)
    try_it("an option no pair", fn -> System.cmd("echo", ["a"], [{:cd, "/"}, {:stderr_to_stdout, true}, {:arg0, "x"}, 1]) end)
    try_it("into and env, then a bad item", fn -> System.cmd("echo", [], [into: [], env: [{"A", "b"}, {"C", nil}], parallelism: false, x: 1] ++ [:y]) end)
    try_it("improper options", fn -> System.cmd("echo", [], [{:into, ""} | 3]) end)
    try_it("an unknown option", fn -> System.cmd("echo", [], env: %{"A" => "b"}, zz: 1) end)
    try_it("a bad cd", fn -> System.cmd("echo", [], cd: 'tmp') end)
    try_it("an env item no pair", fn -> System.cmd("echo", [], env: [1]) end)
    try_it("an env value no string", fn -> System.cmd("echo", [], env: [{"A", 1}]) end)
    try_it("an env nil key", fn -> System.cmd("echo", [], env: [{:a, nil}]) end)
    try_it("env not enumerable", fn -> System.cmd("echo", [], env: 5) end)
    try_it("program not found", fn -> System.cmd("beamlet_no_such_program_zz", ["a"]) end)
    try_it("shell command not a string", fn -> System.shell(:ls) end)
    try_it("shell options not a list", fn -> System.shell("echo", 1) end)
    try_it("shell an unknown option", fn -> System.shell("echo", into: [], oops: true) end)
    IO.inspect(System.cmd("echo", ["ok"], env: [{"A", "b"}], stderr_to_stdout: false, parallelism: true, cd: "/", arg0: "e"))
    IO.inspect(System.shell("echo $BEAMLET_ZZ", env: %{"BEAMLET_ZZ" => "set"}))
  end
end

Main.run()
