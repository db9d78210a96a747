# the :ex_unit application started by hand is enough for use ExUnit.Case
{:ok, _} = Application.ensure_all_started(:ex_unit)

defmodule AppStartedTest do
  use ExUnit.Case
  test "x", do: :ok
end

IO.puts("compiled")
ExUnit.configure(seed: 0)
IO.inspect(ExUnit.run())
