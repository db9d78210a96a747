defmodule ExconfTest do
  use ExUnit.Case

  test "the application's configuration" do
    assert Exconf.greeting() == "hello from test"
  end

  test "assert_receive waits the configured 20ms" do
    Exconf.later(self(), :late, 2000)
    assert_receive :late
  end

  @tag :external
  test "excluded by the configuration" do
    flunk("an external service")
  end
end
