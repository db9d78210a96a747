IO.inspect System.cmd("echo", ["hello", "world"])
IO.inspect System.cmd("sh", ["-c", "exit 3"])
IO.inspect System.cmd("printf", ["a\\nb\\n"], into: [])
IO.inspect System.cmd("pwd", [], cd: "/tmp")
IO.inspect System.cmd("sh", ["-c", "echo $FOO-$HOME_X"], env: [{"FOO", "bar"}, {"HOME_X", nil}])
IO.inspect System.cmd("sh", ["-c", "echo out; echo err 1>&2"], stderr_to_stdout: true)
IO.inspect System.cmd("cat", ["/nonexistent/file"], stderr_to_stdout: true)
{out, 0} = System.cmd("sh", ["-c", "for i in 1 2 3; do echo line$i; done"])
IO.inspect String.split(out, "\n", trim: true)
IO.inspect System.shell("echo shell && echo $((2+3))")
IO.inspect System.shell("exit 7")
IO.inspect System.shell("echo to-err 1>&2; echo ok", stderr_to_stdout: true)
IO.inspect System.shell("pwd", cd: "/")
IO.inspect System.shell("echo $GREETING", env: [{"GREETING", "hi"}])
IO.inspect System.find_executable("sh") != nil
IO.inspect System.find_executable("definitely-not-a-command-xyz")
System.cmd("echo", ["streamed"], into: IO.stream(:stdio, :line))
try do System.cmd("echo", [:atom]) rescue e -> IO.inspect(e) end
try do System.cmd("definitely-not-a-command-xyz", []) rescue e -> IO.inspect(e) end
try do System.cmd("echo", [], bogus: 1) rescue e -> IO.inspect(e) end
try do System.cmd("ec\0ho", []) rescue e -> IO.inspect(e) end
IO.inspect System.cmd("/bin/echo", ["abs"])
System.cmd("definitely-not-a-command-xyz", [])
