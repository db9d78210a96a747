# assert_received with more than ten messages waiting shows the newest ten.
ExUnit.start(seed: 0)

defmodule MailboxNewestTenTest do
  use ExUnit.Case

  test "fifteen messages" do
    for i <- 1..15, do: send(self(), {:msg, i})
    assert_received {:msg, 20}
  end

  test "eleven messages, pinned" do
    want = 99
    for i <- 1..11, do: send(self(), {:msg, i})
    assert_receive {:msg, ^want}, 10
  end
end
