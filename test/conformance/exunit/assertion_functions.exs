# ExUnit.Assertions' plain functions (no macros): what they return and the reports they raise
defmodule Main do
  def try_it(label, fun) do
    try do
      IO.puts("#{label}: #{inspect(fun.())}")
    rescue
      e in ExUnit.AssertionError ->
        IO.puts("#{label} failed: #{inspect(e.message)}")
    end
  end

  def run do
    try_it("flunk", fn -> ExUnit.Assertions.flunk() end)
    try_it("flunk msg", fn -> ExUnit.Assertions.flunk("no way") end)
    try_it("assert true", fn -> ExUnit.Assertions.assert(true, "unused") end)
    try_it("assert nil", fn -> ExUnit.Assertions.assert(nil, "custom") end)
    try_it("refute false", fn -> ExUnit.Assertions.refute(false, "unused") end)
    try_it("refute 1", fn -> ExUnit.Assertions.refute(1, "was truthy") end)
    try_it("in delta", fn -> ExUnit.Assertions.assert_in_delta(1.0, 1.05, 0.1) end)
    try_it("not in delta", fn -> ExUnit.Assertions.assert_in_delta(1.0, 1.5, 0.1) end)
    try_it("ints delta", fn -> ExUnit.Assertions.assert_in_delta(10, 20, 5) end)
    try_it("delta msg", fn -> ExUnit.Assertions.assert_in_delta(10, 20, 5, "too far") end)
    try_it("refute delta", fn -> ExUnit.Assertions.refute_in_delta(1.0, 1.05, 0.1) end)
    try_it("refute delta ok", fn -> ExUnit.Assertions.refute_in_delta(1, 5, 1) end)
    try_it("raise ok", fn -> ExUnit.Assertions.assert_raise(ArgumentError, fn -> raise ArgumentError, "x" end) end)
    try_it("raise nothing", fn -> ExUnit.Assertions.assert_raise(ArgumentError, fn -> :ok end) end)
    try_it("raise other", fn -> ExUnit.Assertions.assert_raise(ArgumentError, fn -> raise KeyError, key: :k end) end)
    try_it("raise message", fn -> ExUnit.Assertions.assert_raise(RuntimeError, "boom", fn -> raise "boom" end) end)
    try_it("raise wrong message", fn -> ExUnit.Assertions.assert_raise(RuntimeError, "boom", fn -> raise "bang" end) end)
    try_it("arith", fn -> ExUnit.Assertions.assert_raise(ArithmeticError, fn -> 1 / Enum.count([]) end) end)

    try do
      ExUnit.Assertions.assert_in_delta(1, 2, -1)
    rescue
      e -> IO.puts("negative delta: " <> Exception.message(e))
    end
  end
end

Main.run()
