# The frames of Inspect.Algebra.container_doc/6 and container_each/6 under an implementation that
# fails inside a container: an element (line 472), an improper list's last element and tail
# (479, 480), from inspect's own containers and from a user's container_doc call.
defmodule Bad do
  defstruct [:x]

  defimpl Inspect do
    def inspect(_, _), do: raise("bad")
  end
end

defmodule Box do
  defstruct [:items]

  defimpl Inspect do
    import Inspect.Algebra

    def inspect(%{items: items}, opts) do
      container_doc("Box<", items, ">", opts, fn
        0, _ -> raise ArgumentError, "zero in a box"
        i, o -> to_doc(i, o)
      end)
    end
  end
end

defmodule Main do
  def frames(term) do
    inspect(term, safe: false)
  rescue
    e ->
      IO.puts(Exception.message(e) |> String.split("\n") |> Enum.at(3) |> String.trim())
      __STACKTRACE__ |> Enum.take(6) |> Enum.filter(&(elem(&1, 0) == Inspect.Algebra)) |> IO.inspect()
  end

  def run do
    b = struct(Bad, x: 1)
    for t <- [[1, b], [b | 2], [1 | b], {b}, %{a: b}, [a: b]], do: frames(t)
    frames(struct(Box, items: [1, 0]))
    frames(struct(Box, items: [1 | 0]))
    frames(struct(Box, items: [0 | 1]))
    IO.inspect(struct(Box, items: [1, 2]))
  end
end

Main.run()
