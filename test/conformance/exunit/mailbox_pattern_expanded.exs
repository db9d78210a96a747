# assert_receive/assert_received show each message in the mailbox against the pattern with its
# aliases expanded and module attributes replaced by their values (as ExUnit's expanded pattern),
# the code line as written
ExUnit.start(seed: 0)

defmodule Foo.Bar do
  defstruct [:a]
end

defmodule MailboxPatternExpandedTest do
  use ExUnit.Case
  alias Foo.Bar

  @expected :hello
  @limits %{min: 1, max: 3}

  test "aliased struct" do
    send(self(), %Bar{a: 2})
    assert_received %Bar{a: 1}
  end

  test "attribute" do
    send(self(), {:msg, :bye})
    assert_received {:msg, @expected}
  end

  test "attribute in a guard" do
    send(self(), {:msg, :bye})
    assert_receive {:msg, x} when x == @expected, 10
  end

  test "map attribute" do
    send(self(), {:limits, %{min: 0}})
    assert_received {:limits, @limits}
  end
end
