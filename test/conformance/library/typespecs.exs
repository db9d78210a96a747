defmodule Shapes do
  @moduledoc "typespecs in every form are accepted and ignored"
  @type point :: {number, number}
  @type shape :: {:circle, point, radius :: number} | {:rect, point, point}
  @typep internal :: %{optional(atom) => [integer()], required(:id) => pos_integer}
  @opaque handle :: reference()
  @type t(a) :: [a] | nil
  @type fun_type :: (integer, atom -> String.t()) | (-> :ok) | (... -> any)
  @type kw :: [name: String.t(), age: non_neg_integer] | keyword(integer)
  @type bits :: <<_::8, _::_*4>> | binary | bitstring
  @type ranges :: 1..10 | -1 | 0x10 | :a | true | nil | [] | {} | %{} | %__MODULE__{}
  @type with_default :: %{optional(:a) => term} | map() | struct() | mfa() | node() | timeout()
  defstruct [:name]
  @type s :: %Shapes{name: String.t() | nil}

  @callback area(shape) :: float
  @macrocallback build(term) :: Macro.t()
  @optional_callbacks build: 1

  @spec area(shape) :: float when shape: shape()
  @spec area(shape, keyword) :: number
  def area(shape, opts \\ [])
  def area({:circle, _, r}, _opts), do: 3.0 * r * r
  def area({:rect, {x1, y1}, {x2, y2}}, _opts), do: abs((x2 - x1) * (y2 - y1))

  @spec pipe(t(integer)) :: [integer, ...]
  def pipe(list), do: list || [0]

  @spec handle() :: handle
  def handle, do: make_ref()

  @spec id(internal) :: internal
  def id(x), do: x

  @dialyzer {:nowarn_function, id: 1}
  @compile {:inline, pipe: 1}
  @impl false
  def other, do: :ok
end

IO.inspect(Shapes.area({:circle, {0, 0}, 2}))
IO.inspect(Shapes.area({:rect, {0, 0}, {2, 3}}))
IO.inspect(Shapes.pipe(nil))
IO.inspect(is_reference(Shapes.handle()))
IO.inspect(Shapes.id(%{id: 1}))
IO.inspect(Shapes.other())
defmodule Main do
  def run, do: IO.inspect(%Shapes{name: "sq"})
end

Main.run()
