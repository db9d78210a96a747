# ExUnit.Case.register_attribute/2,3 (reset after each test), register_describe_attribute/2,3
# (reset after each describe) and register_module_attribute/2,3: each test has their values in
# context.registered. ExUnit.run/0 with autorun: false returns the counts; the test process has a
# supervisor (ExUnit.fetch_test_supervisor/0). What the tests saw is printed after the run.
ExUnit.start(seed: 0, autorun: false)
:ets.new(:seen, [:named_table, :public, :ordered_set])

defmodule RegisteredAttributesTest do
  use ExUnit.Case
  ExUnit.Case.register_attribute(__MODULE__, :fixtures, accumulate: true)
  ExUnit.Case.register_attribute(__ENV__, :plain)
  ExUnit.Case.register_describe_attribute(__MODULE__, :describe_fixtures)
  ExUnit.Case.register_module_attribute(__MODULE__, :module_fixtures)
  @module_fixtures :mod

  @fixtures :a
  @fixtures :b
  @plain 1
  test "1 registered attributes", context do
    :ets.insert(:seen, {1, context.registered})
  end

  describe "d" do
    @describe_fixtures :desc
    @fixtures :c
    test "2 in describe", context do
      :ets.insert(:seen, {2, context.registered})
    end

    test "3 again in describe", context do
      :ets.insert(:seen, {3, context.registered})
    end
  end

  test "4 after the describe", context do
    :ets.insert(:seen, {4, context.registered})
  end

  test "5 fetch_test_supervisor" do
    {:ok, sup} = ExUnit.fetch_test_supervisor()
    {:ok, again} = ExUnit.fetch_test_supervisor()
    :ets.insert(:seen, {5, {is_pid(sup), sup == again}})
  end

  test "6 a failure" do
    assert 1 == 2
  end
end

result = ExUnit.run()
IO.inspect(result)
for {n, seen} <- :ets.tab2list(:seen), do: IO.inspect(seen, label: "test #{n}")
IO.inspect(ExUnit.fetch_test_supervisor())
