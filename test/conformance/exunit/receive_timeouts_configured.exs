# assert_receive/refute_receive without a timeout wait as long as the configuration says when
# they run (assert_receive_timeout, refute_receive_timeout), a configure after the module too
ExUnit.start(seed: 0, assert_receive_timeout: 7, refute_receive_timeout: 9)

defmodule ARTest do
  use ExUnit.Case

  test "assert" do
    assert_receive :nope
  end

  test "refute" do
    send(self(), :x)
    refute_receive :x
  end

  test "refute nothing" do
    refute_receive :y
  end
end

ExUnit.configure(assert_receive_timeout: 50)

defmodule AR2Test do
  use ExUnit.Case

  test "assert later" do
    assert_receive :nope
  end
end
