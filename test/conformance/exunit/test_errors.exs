ExUnit.start(seed: 0)

defmodule ErrorsHelper do
  def check(key) do
    if key == :missing, do: raise(KeyError, key: key, term: %{})
    key
  end
end

defmodule ErrorsTest do
  use ExUnit.Case

  test "raise" do
    raise ArgumentError, "bad"
  end

  test "throw" do
    throw(:t)
  end

  test "exit" do
    exit(:boom)
  end

  test "arithmetic" do
    x = 0
    _ = 1 / x
  end

  test "error raised by a helper" do
    ErrorsHelper.check(:missing)
  end
end
