# ExUnit.configure/1 before the first ExUnit.start/1 of a script: starting loads the :ex_unit
# application, whose environment's keys (exclude, trace, timeout, ...) take their defaults again;
# other keys (seed, max_cases, custom ones) stay. After the start, configure/1 applies as given.
ExUnit.configure(seed: 5, exclude: [:wip], max_cases: 3, trace: true, timeout: 10, custom_key: 1)
ExUnit.start()

config = ExUnit.configuration()
IO.inspect(for key <- [:seed, :exclude, :max_cases, :trace, :timeout, :custom_key], do: {key, config[key]})

defmodule ConfigureBeforeStartTest do
  use ExUnit.Case

  @tag :wip
  test "tagged wip: not excluded" do
    assert true
  end

  test "another" do
    assert true
  end
end
