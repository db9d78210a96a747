# ExUnit's assertions imported in a script that never starts ExUnit: the :ex_unit application is
# not loaded, so the frame of the macro's expansion names no application (it does once loaded)
defmodule Mailbox do
  import ExUnit.Assertions

  def expect_reply(ref) do
    assert_receive {:reply, ^ref, ^value}
  end
end
