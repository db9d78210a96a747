defprotocol Kind do
  def kind(x)
end

defimpl Kind, for: Integer, do: def kind(_), do: "integer"
defimpl Kind, for: Float, do: def kind(_), do: "float"
defimpl Kind, for: Atom, do: def kind(a), do: "atom(#{a})"
defimpl Kind, for: BitString, do: def kind(s), do: "string(#{byte_size(s)})"
defimpl Kind, for: List, do: def kind(l), do: "list(#{length(l)})"
defimpl Kind, for: Map, do: def kind(m), do: "map(#{map_size(m)})"
defimpl Kind, for: Tuple, do: def kind(t), do: "tuple(#{tuple_size(t)})"
defimpl Kind, for: Function, do: def kind(f), do: "function/#{:erlang.fun_info(f)[:arity]}"
defimpl Kind, for: PID, do: def kind(_), do: "pid"
defimpl Kind, for: Reference, do: def kind(_), do: "reference"

defmodule Vec do
  defstruct [:x, :y]
  defimpl Kind do
    def kind(%Vec{x: x, y: y}), do: "vec(#{x},#{y})"
  end
end

defmodule Main do
  def run do
    for v <- [1, 2.0, :ok, nil, "str", [1, 2], %{a: 1}, {1, 2, 3}, &Kind.kind/1, fn -> 0 end, self(), make_ref(), %Vec{x: 1, y: 2}] do
      IO.puts(Kind.kind(v))
    end
    IO.inspect(Kind.impl_for(%Vec{}))
    IO.inspect(Kind.impl_for(1))
    IO.inspect(Kind.__protocol__(:functions))
  end
end

Main.run()
