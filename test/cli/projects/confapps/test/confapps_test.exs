defmodule ConfappsTest do
  use ExUnit.Case

  test "the configuration of an application that is not available is kept" do
    assert Application.get_env(:no_such_app, :key) == 4
    assert Confapps.greeting() == "hello"
  end
end
