# A failed assert_received/assert_receive lists the mailbox; a long message is laid out under its
# "value:" label as ExUnit does (nested by the whole indentation before it, 80 columns)
ExUnit.start(seed: 0)

defmodule MailTest do
  use ExUnit.Case

  test "long mailbox" do
    send(self(), {:event, %{id: 1, payload: Enum.to_list(1..40), tags: [:alpha, :beta, :gamma, :delta]}})
    send(self(), :short)
    send(self(), Enum.map(1..30, &{&1, "item number #{&1}"}) |> Map.new())
    assert_received {:other, _}
  end

  test "long mailbox with timeout" do
    send(self(), %{a: String.duplicate("x", 70), b: [one: 1, two: 2, three: 3, four: 4, five: 5, six: 6]})
    assert_receive {:never, _}, 10
  end
end
