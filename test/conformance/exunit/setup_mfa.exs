ExUnit.start(seed: 0)

defmodule Helpers do
  def login(_context), do: [user: "admin"]
end

defmodule SetupMfaTest do
  use ExUnit.Case

  setup {Helpers, :login}

  test "user from a remote setup", %{user: user} do
    assert user == "admin"
  end
end
