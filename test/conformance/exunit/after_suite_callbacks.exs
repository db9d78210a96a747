ExUnit.start(seed: 0)

# after_suite callbacks run newest first, after the summary, with the suite's result
IO.inspect(ExUnit.after_suite(fn result -> IO.inspect(result, label: "first registered") end))
ExUnit.after_suite(fn _ -> IO.puts("second registered") end)
IO.inspect(length(ExUnit.configuration()[:after_suite]), label: "callbacks")

defmodule AfterSuiteTest do
  use ExUnit.Case

  test "passes", do: assert(1 + 1 == 2)
  test "fails", do: assert(:a == :b)
  @tag :skip
  test "skipped", do: flunk("no")
end
