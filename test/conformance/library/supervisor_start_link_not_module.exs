# Supervisor.start_link/2,3 take any term as the module (Elixir guards only the options): the
# supervisor's init fails calling init/1 on it, and start_link answers the error
Process.flag(:trap_exit, true)
{:error, {%ArgumentError{} = e, [top | _]}} = Supervisor.start_link(1, 2)
IO.puts(Exception.message(e))
IO.inspect(top)
receive do
  {:EXIT, _, {reason, _}} -> IO.inspect(reason.__struct__)
end
IO.inspect(Supervisor.start_link("x", 2, name: :s) |> elem(0))
