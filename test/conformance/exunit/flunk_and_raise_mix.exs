ExUnit.start(seed: 0)

defmodule MyError do
  defexception message: "custom error"
end

defmodule MixedTest do
  use ExUnit.Case

  test "raise a custom exception" do
    raise MyError
  end

  test "raise with a string" do
    raise "plain message"
  end

  test "badmatch" do
    {:ok, _} = {:error, :nope}
  end

  test "case clause" do
    case :c do
      :a -> :ok
    end
  end
end
