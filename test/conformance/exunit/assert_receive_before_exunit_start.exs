# assert_receive's default timeout is the :ex_unit application's environment, read where the
# assertion runs: before ExUnit.start/1 loads it, Application.fetch_env!/2 raises in the caller
defmodule Waits do
  import ExUnit.Assertions

  def got do
    send(self(), {:a, 1})
    assert_receive {:a, n}
    n
  end
end

try do
  Waits.got()
rescue
  e ->
    IO.puts(Exception.message(e))
    for {m, f, a, loc} <- __STACKTRACE__, do: IO.inspect({m, f, a, loc[:file], loc[:line]})
end

ExUnit.start(autorun: false)
IO.inspect(Waits.got())
ExUnit.configure(assert_receive_timeout: 7)
IO.inspect(Application.fetch_env!(:ex_unit, :assert_receive_timeout))
IO.inspect(Waits.got())
