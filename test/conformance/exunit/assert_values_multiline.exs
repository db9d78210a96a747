ExUnit.start(seed: 0)

defmodule MultilineTest do
  use ExUnit.Case

  test "long lists" do
    left = Enum.to_list(1..40)
    right = Enum.to_list(2..41)
    assert left == right
  end

  test "nested maps" do
    value = %{user: %{name: "a long name for a user", email: "someone@example.com", roles: [:admin, :editor]}}
    assert value == %{}
  end
end
