defmodule BaseconfTest do
  use ExUnit.Case

  test "the base applications' configuration is still put in their environment" do
    assert Baseconf.settings() == {:from_config, :from_test}
  end
end
