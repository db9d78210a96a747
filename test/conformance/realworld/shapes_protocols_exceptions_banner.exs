defmodule InsufficientFunds do
  defexception [:needed, :available]
  @impl true
  def message(%{needed: n, available: a}), do: "need #{n}, have #{a}"
end
defmodule ParseError do
  defexception message: "parse failed", line: nil
end
defmodule Shape do
  @callback area(struct()) :: number()
  @callback name() :: String.t()
  @optional_callbacks name: 0
end
defprotocol Describe do
  @fallback_to_any true
  def describe(x)
end
defmodule Circle do
  @behaviour Shape
  defstruct r: 1
  @impl Shape
  def area(%{r: r}), do: :math.pi() * r * r
end
defmodule Rect do
  @behaviour Shape
  defstruct w: 1, h: 1
  @impl Shape
  def area(%{w: w, h: h}), do: w * h
  @impl Shape
  def name, do: "rectangle"
end
defimpl Describe, for: Circle do
  def describe(c), do: "circle r=#{c.r} area=#{:erlang.float_to_binary(Circle.area(c), decimals: 2)}"
end
defimpl Describe, for: Rect do
  def describe(r), do: "rect #{r.w}x#{r.h}"
end
defimpl Describe, for: Any do
  def describe(x), do: "thing: #{inspect(x)}"
end
defimpl String.Chars, for: Rect do
  def to_string(r), do: "Rect(#{r.w},#{r.h})"
end
defimpl Inspect, for: Circle do
  import Inspect.Algebra
  def inspect(c, opts), do: concat(["#Circle<", to_doc(c.r, opts), ">"])
end

defmodule Main do
  def run do
    shapes = [%Circle{r: 2}, %Rect{w: 3, h: 4}, 42, "x", %{a: 1}]
    Enum.each(shapes, &IO.puts(Describe.describe(&1)))
    IO.puts("#{%Rect{w: 9, h: 8}}")
    IO.inspect(%Circle{r: 5})
    IO.inspect([%Circle{r: 1}, %Rect{}], label: "shapes")
    IO.inspect(function_exported?(Rect, :name, 0))
    IO.inspect(function_exported?(Circle, :name, 0))
    IO.inspect(Shape.behaviour_info(:callbacks) |> Enum.sort())
    IO.inspect(Shape.behaviour_info(:optional_callbacks))
    IO.inspect(Describe.__protocol__(:functions))
    IO.inspect(Describe.impl_for(%Rect{}))
    IO.inspect(Describe.impl_for(3))
    try do
      raise InsufficientFunds, needed: 10, available: 3
    rescue
      e -> IO.puts("rescued #{inspect(e.__struct__)}: #{Exception.message(e)}")
      IO.inspect(e)
    end
    try do
      raise ParseError, line: 3
    rescue
      e in ParseError -> IO.inspect({e.message, e.line})
    end
    try do
      raise ParseError, "bad token"
    rescue
      e -> IO.inspect(e)
    end
    try do
      String.Chars.to_string(%Circle{})
    rescue
      e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
    end
    e = %InsufficientFunds{needed: 1, available: 0}
    IO.inspect(Exception.exception?(e))
    IO.puts(Exception.format(:error, e, []))
    IO.puts(Exception.format(:throw, :oops, []))
    IO.puts(Exception.format(:exit, {:shutdown, 1}, []))
    IO.puts(Exception.format_banner(:error, %RuntimeError{message: "x"}))
    try do
      throw({:halt, 3})
    catch
      kind, val -> IO.inspect({kind, val})
    end
    res =
      try do
        exit(:normal_bye)
      catch
        :exit, r -> {:caught, r}
      after
        IO.puts("after ran")
      end
    IO.inspect(res)
    raise InsufficientFunds, needed: 99, available: 1
  end
end
Main.run()
