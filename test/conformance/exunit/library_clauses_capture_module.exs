# FunctionClauseErrors of ExUnit.CaptureIO's and Module's functions list Elixir's clauses under
# "Attempted function clauses", as for the other library modules
ExUnit.start(seed: 0)

defmodule LibraryClausesTest do
  use ExUnit.Case
  import ExUnit.CaptureIO

  test "capture_io with no function" do
    capture_io(:not_a_function)
  end

  test "capture_io with a device and no function" do
    capture_io(:stderr, "input")
  end

  test "Module.split of a number" do
    Module.split(42)
  end

  test "Module.concat of a map" do
    assert Module.concat(%{a: 1}) == A
  end

  test "fine" do
    assert capture_io(fn -> IO.write("ok") end) == "ok"
    assert Module.split(Foo.Bar) == ["Foo", "Bar"]
  end
end
