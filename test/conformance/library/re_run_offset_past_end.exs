# :re.run (and Regex.run) from an offset past the subject's end: OTP 25 ends the process with
# {:internal_error, stacktrace}, which no try/catch sees; at the end it is a global run's nomatch.
defmodule Main do
  def reason_of(fun) do
    {pid, ref} = spawn_monitor(fn ->
      try do
        fun.()
      catch
        kind, value -> IO.inspect({:caught, kind, value})
      end
    end)

    receive do
      {:DOWN, ^ref, :process, ^pid, {reason, [{m, f, args, _} | _]}} -> {reason, m, f, length(args)}
      {:DOWN, ^ref, :process, ^pid, other} -> other
    end
  end

  def run do
    IO.inspect(reason_of(fn -> :re.run("a", "a", [{:offset, 5}]) end))
    IO.inspect(reason_of(fn -> :re.run("ab", "a", offset: 3) end))
    IO.inspect(reason_of(fn -> Regex.run(~r/(a)(b)?/, <<255>>, offset: 2) end))
    IO.inspect(reason_of(fn -> Regex.run(~r/é/u, "é", offset: 9) end))
    IO.inspect(:re.run("ab", "a", offset: 2))
    IO.inspect(:re.run("ab", "a", [:global, offset: 3]))
    IO.inspect(Regex.scan(~r/a/, "a", offset: 4))
    IO.inspect(Regex.run(~r/b/, "ab", offset: 1))
  end
end

Main.run()
Regex.run(~r/a/, "a", offset: 5)
