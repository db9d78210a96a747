# everyday File (stream!, open, append, cp, rename, ls, errors), protocols with defimpl and
# Inspect.Algebra, defexception, with/else, and the messages of common failures
dir = Path.join(System.tmp_dir!(), "d6_#{System.unique_integer([:positive])}")
File.mkdir_p!(dir)
path = Path.join(dir, "data.csv")
File.write!(path, "name,age\nann,31\nbob,27\n")
IO.inspect(File.exists?(path))
IO.inspect(File.stat!(path).size)
rows = path |> File.stream!() |> Stream.map(&String.trim/1) |> Stream.drop(1) |> Enum.map(&String.split(&1, ","))
IO.inspect(rows)
File.write!(path, "carl,40\n", [:append])
IO.inspect(File.read!(path) |> String.split("\n", trim: true) |> length())
{:ok, f} = File.open(path, [:read])
IO.inspect(IO.read(f, :line))
IO.inspect(IO.binread(f, 4))
File.close(f)
File.open!(Path.join(dir, "out.txt"), [:write], fn f -> IO.write(f, ["a", ?b, "c\n"]); IO.puts(f, "line") end)
IO.inspect(File.read(Path.join(dir, "out.txt")))
IO.inspect(File.read(Path.join(dir, "missing")))
IO.inspect(File.ls!(dir) |> Enum.sort())
File.cp!(path, Path.join(dir, "copy.csv"))
File.rename!(Path.join(dir, "copy.csv"), Path.join(dir, "moved.csv"))
IO.inspect(File.ls!(dir) |> Enum.sort())
IO.inspect(File.dir?(dir))
IO.inspect(File.rm(Path.join(dir, "nope")))
try do
  File.read!(Path.join(dir, "nope"))
rescue e -> IO.puts(Exception.message(e) |> String.replace(dir, "DIR"))
end
Enum.into(["x\n", "y\n"], File.stream!(Path.join(dir, "into.txt")))
IO.inspect(File.read!(Path.join(dir, "into.txt")))
IO.inspect(File.stream!(Path.join(dir, "into.txt"), [], 1) |> Enum.take(3))
File.rm_rf!(dir)
IO.inspect(File.exists?(dir))
defprotocol Shape do
  def area(s)
end
defmodule Sq do
  defstruct side: 1
end
defimpl Shape, for: Sq do
  def area(%{side: s}), do: s * s
end
defimpl Shape, for: Map do
  def area(_), do: 0
end
IO.inspect(Shape.area(%Sq{side: 3}))
IO.inspect(Shape.area(%{}))
try do
  Shape.area(1)
rescue e -> IO.puts(Exception.message(e))
end
defimpl String.Chars, for: Sq do
  def to_string(s), do: "Sq(#{s.side})"
end
IO.puts("#{%Sq{side: 2}}")
defimpl Inspect, for: Sq do
  import Inspect.Algebra
  def inspect(s, opts), do: concat(["#Sq<", to_doc(s.side, opts), ">"])
end
IO.inspect(%Sq{side: 4})
IO.inspect([%Sq{}, %Sq{side: 2}])
defmodule MyErr do
  defexception [:code, message: "default"]
  @impl true
  def message(%{code: c}), do: "failed with #{c}"
end
try do
  raise MyErr, code: 7
rescue e in MyErr -> IO.inspect({e.code, Exception.message(e)})
end
r = with {:ok, a} <- {:ok, 1}, {:ok, b} <- {:error, :nope} do a + b else {:error, r} -> {:handled, r} end
IO.inspect(r)
IO.inspect(Enum.fetch!([1], 0))
for bad <- [fn -> Enum.fetch!([1], 5) end, fn -> Map.fetch!(%{}, :k) end, fn -> Keyword.fetch!([], :k) end, fn -> String.to_integer("x") end, fn -> List.first(:a) end, fn -> Enum.at(1, 1) end, fn -> apply(String, :nope, []) end, fn -> :erlang.binary_to_atom("x", :latin9) end, fn -> struct!(Sq, nope: 1) end, fn -> Date.new!(2020, 2, 30) end, fn -> Integer.parse(1) end, fn -> elem({1}, 3) end, fn -> hd([]) end, fn -> 1 / 0 end, fn -> :ok = :error end] do
  try do
    bad.()
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
