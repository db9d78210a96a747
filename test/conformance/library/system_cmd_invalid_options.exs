# Options System.cmd/3 and System.shell/2 do not take (1.15's :lines among them), or values they
# refuse: raised from System.cmd_opts/3 under System.do_cmd/3, in the options' order
defmodule Run do
  def try_cmd(label, fun) do
    fun.()
  rescue
    e ->
      IO.puts("#{label}: " <> Exception.message(e))
      for entry <- Enum.take_while(__STACKTRACE__, &(elem(&1, 0) != Run)), do: IO.inspect(entry)
  end
end

Run.try_cmd("lines", fn -> System.cmd("echo", ["a"], lines: 1024) end)
Run.try_cmd("cd", fn -> System.cmd("echo", [], cd: 1) end)
Run.try_cmd("later", fn -> System.cmd("echo", [], into: [], cd: "/", foo: 2) end)
Run.try_cmd("merge", fn -> System.cmd("echo", [], stderr_to_stdout: :yes) end)
Run.try_cmd("parallelism", fn -> System.cmd("echo", [], parallelism: 1) end)
Run.try_cmd("arg0", fn -> System.cmd("echo", [], arg0: ~c"x") end)
Run.try_cmd("shell", fn -> System.shell("echo hi", timeout: 5) end)
IO.inspect(System.cmd("echo", ["ok"], into: "", cd: "/", parallelism: true, stderr_to_stdout: false))
