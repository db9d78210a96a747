# the frames below a module body's: a file with code, nested bodies, a function defining a module (tail or not)
defmodule Maker do
  def make(name) do
    defmodule name do
      try do
        raise "in body"
      rescue
        _ -> IO.inspect(__STACKTRACE__ |> Enum.take(8), label: "made")
      end
    end
    :made
  end
  def make_tail(name) do
    defmodule name do
      {:current_stacktrace, st} = Process.info(self(), :current_stacktrace)
      IO.inspect(Enum.take(st, 8), label: "tail")
    end
  end
end
defmodule Outer do
  {:current_stacktrace, st} = Process.info(self(), :current_stacktrace)
  IO.inspect(Enum.take(st, 8), label: "outer")
  defmodule Inner do
    {:current_stacktrace, st} = Process.info(self(), :current_stacktrace)
    IO.inspect(Enum.take(st, 8), label: "inner")
    defmodule Deepest do
      {:current_stacktrace, st} = Process.info(self(), :current_stacktrace)
      IO.inspect(Enum.take(st, 8), label: "deepest")
    end
  end
  Maker.make(Outer.FromBody)
end
Maker.make(FromTop)
Maker.make_tail(FromTopTail)

IO.inspect(elem(Maker.make_tail(Last), 0))
