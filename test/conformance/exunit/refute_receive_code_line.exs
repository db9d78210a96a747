# refute_receive/refute_received failures show the source line of the failing call in the test as
# their code (as written: parens, the first line of a multi-line call, the whole line around it,
# the call of a helper that refuted), under the helper's frame; assert_receive in a helper shows
# its code and pinned variables
ExUnit.start(seed: 0)

defmodule Helper do
  import ExUnit.Assertions
  def expect_msg(x), do: assert_receive ^x, 10
  def no_msg(x) do
    refute_receive ^x, 10
    :ok
  end
end

defmodule RRTest do
  use ExUnit.Case

  test "refute_receive" do
    send(self(), {:hello, 1})
    refute_receive {:hello, _}
  end

  test "refute_received" do
    send(self(), :a)
    refute_received :a
  end

  test "assert_receive in helper" do
    Helper.expect_msg(:zz)
  end

  test "refute_receive in helper" do
    send(self(), :q)
    Helper.no_msg(:q)
  end

  test "assert_received with mailbox" do
    send(self(), {:x, 1})
    send(self(), {:y, 2})
    assert_received {:z, _}
  end

  test "refute_receive with message" do
    send(self(), :m)
    refute_receive :m, 10, "should not get m"
  end
end

defmodule RR2Test do
  use ExUnit.Case

  test "parens" do
    send(self(), :m)
    refute_receive(:m)
  end

  test "multi line" do
    send(self(), {:big, 1, 2})

    refute_received {:big,
                     _, _}
  end

  test "piped value" do
    send(self(), 3)
    x = 3
    :ok = refute_receive(^x, 10) && :ok
  end
end
