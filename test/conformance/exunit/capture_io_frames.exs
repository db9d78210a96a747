# ExUnit.CaptureIO's frames under a function that raises, for each way of calling it: the
# functions and lines of Elixir 1.14's lib/ex_unit/capture_io.ex
ExUnit.start(autorun: false)
import ExUnit.CaptureIO
frames = fn f ->
  try do
    f.()
  rescue
    _ -> for {ExUnit.CaptureIO, _, _, _} = fr <- __STACKTRACE__, do: IO.inspect(fr)
  end
  IO.puts("--")
end
boom = fn -> raise "boom" end
frames.(fn -> capture_io(boom) end)
frames.(fn -> capture_io("in", boom) end)
frames.(fn -> capture_io([input: "x"], boom) end)
frames.(fn -> capture_io(:stdio, boom) end)
frames.(fn -> capture_io(:stdio, "in", boom) end)
frames.(fn -> capture_io(:stdio, [], boom) end)
frames.(fn -> capture_io(:stderr, boom) end)
frames.(fn -> capture_io(:stderr, [input: "x"], boom) end)
frames.(fn -> with_io(boom) end)
frames.(fn -> with_io("in", boom) end)
frames.(fn -> with_io(:stdio, boom) end)
frames.(fn -> with_io(:stdio, "x", boom) end)
frames.(fn -> with_io(:stderr, [], boom) end)
frames.(fn -> with_io([input: "x"], boom) end)
