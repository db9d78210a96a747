# options that are no list fail in System.cmd_opts/3 with its nine clauses attempted, the port
# options gathered so far in its arguments, under System.do_cmd/3
defmodule Run do
  def go(opts), do: System.cmd("echo", ["a"], opts)
end

Run.go([{:cd, "/"}, {:stderr_to_stdout, true} | :oops])
