# ExUnit.CaptureIO on standard io: the output of IO.*, :io.* and of processes the function spawns
# (they inherit the capturing group leader), input read by IO.gets/IO.read, prompts captured or
# not, with_io's result, nesting, and a raise or failed assertion inside the capture.
ExUnit.start(seed: 0)

defmodule CaptureIoStdioTest do
  use ExUnit.Case
  import ExUnit.CaptureIO

  # the printing parts run in one test, first: a formatter that prints its dots from another
  # process (as ExUnit's does) would interleave them with the output of a later test
  test "captures" do
    writes_of_every_kind()
    input_and_prompts()
    with_io()
    spawned_processes_and_nesting()
    bad_arguments()
  end

  test "a raise inside the capture" do
    capture_io(fn -> IO.puts("lost"); raise "boom" end)
  end

  test "an assertion failing inside the capture" do
    capture_io(fn -> assert 1 + 1 == 3 end)
  end

  defp writes_of_every_kind do
    assert capture_io(fn -> IO.puts("hi") end) == "hi\n"
    IO.inspect(capture_io(fn -> IO.write("a"); IO.inspect(:x); :io.format("~p~n", [1]) end))
    IO.inspect(capture_io(fn -> IO.write(:standard_io, "std"); IO.write([?a, "b", [?c]]) end))
    IO.inspect(capture_io(:stdio, fn -> :io.put_chars("pc"); :io.nl() end))
    IO.inspect(capture_io(fn -> IO.inspect(:stdio, %{a: 1}, label: "m") end))
    IO.inspect(capture_io(fn -> IO.binwrite(<<200>>) end))
    IO.inspect(capture_io([encoding: :latin1], fn -> IO.binwrite(<<200>>); IO.write("é") end))
    IO.inspect(capture_io(fn -> IO.write("é") end))
  end

  defp input_and_prompts do
    IO.inspect(capture_io("input\nline2\n", fn -> IO.write(IO.gets("prompt> ")); IO.write(IO.gets("")); IO.inspect(IO.gets("x")) end))
    IO.inspect(capture_io([input: "abc", capture_prompt: false], fn -> IO.write(IO.gets("prompt> ")) end))
    IO.inspect(capture_io(fn -> IO.inspect(IO.read(:all)) end))
    IO.inspect(capture_io("a\nb", fn -> IO.inspect(IO.read(:all)) end))
    IO.inspect(capture_io("abcdef", fn -> IO.inspect(IO.read(2)); IO.inspect(IO.read(:line)) end))
    IO.inspect(capture_io(:stdio, "in", fn -> IO.inspect(IO.stream(:stdio, :line) |> Enum.to_list()) end))
  end

  defp with_io do
    IO.inspect(with_io(fn -> IO.puts("x"); 42 end))
    IO.inspect(with_io("in", fn -> IO.gets(">") end))
    IO.inspect(with_io([input: "y", capture_prompt: false], fn -> IO.gets("pr") end))
    IO.inspect(with_io(:stdio, [input: "z"], fn -> IO.gets("") end))
  end

  defp spawned_processes_and_nesting do
    parent = self()
    IO.inspect(capture_io(fn -> spawn(fn -> IO.puts("child"); send(parent, :done) end); assert_receive :done end))
    IO.inspect(capture_io(fn -> Task.async(fn -> IO.puts("task") end) |> Task.await() end))
    IO.inspect(capture_io(fn -> IO.puts(capture_io(fn -> IO.puts("inner") end)) end))
    leader = Process.group_leader()
    capture_io(fn -> refute Process.group_leader() == leader end)
    assert Process.group_leader() == leader
    IO.puts("back on the console")
  end

  defp bad_arguments do
    assert_raise FunctionClauseError, fn -> capture_io(:stdio, :bad, fn -> 1 end) end
    assert_raise FunctionClauseError, fn -> capture_io(1) end
    IO.inspect(catch_throw(capture_io(fn -> throw(:t) end)))
  end
end
