# The :ex_unit application's environment when ExUnit.start/1 loads it: values put before with
# persistent: true stay (mix puts config/*.exs so), the others of its keys take the defaults, keys
# it does not have are kept
Application.put_env(:ex_unit, :assert_receive_timeout, 7)
Application.put_env(:ex_unit, :exclude, [:x])
Application.put_env(:ex_unit, :custom_key, 1)
Application.put_env(:ex_unit, :seed, 5, persistent: true)
Application.put_env(:ex_unit, :timeout, 5000, persistent: true)
Application.put_all_env([ex_unit: [refute_receive_timeout: 12, include: [:slow]]], persistent: true)
ExUnit.start(autorun: false)
IO.inspect(Application.get_env(:ex_unit, :assert_receive_timeout), label: "assert_receive_timeout")
IO.inspect(Application.get_env(:ex_unit, :exclude), label: "exclude")
IO.inspect(Application.get_env(:ex_unit, :custom_key), label: "custom_key")
IO.inspect(Application.get_env(:ex_unit, :timeout), label: "timeout")
config = ExUnit.configuration()
IO.inspect(config |> Keyword.take([:seed, :timeout, :refute_receive_timeout, :include, :exclude]) |> Enum.sort(), label: "configuration")

defmodule PersistentTest do
  use ExUnit.Case

  test "refute_receive waits the configured time" do
    test = self()
    spawn(fn -> Process.sleep(300); send(test, :late) end)
    refute_receive :late
  end

  test "a failing refute_receive" do
    send(self(), :early)
    refute_receive :early
  end

  @tag :slow
  test "included" do
    assert ExUnit.configuration()[:timeout] == 5000
  end
end

ExUnit.run()
