# ExUnit.CaptureIO on named devices: :stderr (IO.*, :io.format to :standard_error, IO.warn),
# captures at the same time each seeing their own window, a registered device standing aside
# while captured, input on a device, and the errors of ExUnit 1.14 (no such device, a second
# capture with input, a change of encoding).
ExUnit.start(seed: 0)

defmodule CaptureIoDevicesTest do
  use ExUnit.Case
  import ExUnit.CaptureIO

  # the printing parts run in one test, first: a formatter that prints its dots from another
  # process (as ExUnit's does) would interleave them with the output of a later test
  test "captures" do
    stderr()
    captures_at_the_same_time()
    a_registered_device()
    errors()
  end

  test "a raise inside a device capture" do
    capture_io(:stderr, fn -> raise ArgumentError, "inside" end)
  end

  defp stderr do
    IO.inspect(capture_io(:stderr, fn -> IO.puts(:stderr, "err"); IO.write(:standard_error, "2") end))
    IO.inspect(capture_io(:stderr, fn -> :io.format(:standard_error, "~p~n", [:fmt]) end))
    IO.inspect(capture_io(:stderr, fn -> IO.puts("stdout is not captured") end))
    IO.inspect(with_io(:stderr, fn -> IO.puts(:stderr, "e"); 1 end))
    IO.inspect(capture_io(:stderr, "x\n", fn -> IO.inspect(IO.gets(:stderr, ">")) end))
    IO.inspect(capture_io(fn -> :io.format(:standard_error, "", []) end))
  end

  defp captures_at_the_same_time do
    outer =
      capture_io(:stderr, fn ->
        IO.write(:stderr, "1")
        IO.inspect(capture_io(:stderr, fn -> IO.write(:stderr, "2") end))
        IO.write(:stderr, "3")
      end)

    IO.inspect(outer)
  end

  defp a_registered_device do
    {:ok, device} = StringIO.open("")
    Process.register(device, :my_device)
    IO.inspect(capture_io(:my_device, fn -> IO.write(:my_device, "to my_device") end))
    IO.write(:my_device, "after")
    IO.inspect(StringIO.contents(device))
    IO.inspect(Process.whereis(:my_device) == device)
  end

  defp errors do
    IO.inspect(catch_error(capture_io(:nonexistent, fn -> :ok end)))

    IO.inspect(catch_error(capture_io(:stderr, [input: "a"], fn -> capture_io(:stderr, [input: "b"], fn -> :ok end) end)))

    IO.inspect(
      catch_error(capture_io(:stderr, [encoding: :latin1], fn -> capture_io(:stderr, [encoding: :unicode], fn -> :ok end) end))
    )

    IO.inspect(capture_io(:stderr, fn -> IO.write(:stderr, "captured again") end))
  end
end
