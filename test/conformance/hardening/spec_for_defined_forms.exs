defprotocol Sz do
  @spec size(t) :: integer
  def size(data)
end
defimpl Sz, for: List do
  @spec size(list) :: integer
  def size(l), do: length(l)
end
defmodule S do
  use GenServer
  @spec start_link(term) :: GenServer.on_start()
  def start_link(x), do: GenServer.start_link(__MODULE__, x)
  @spec init(term) :: {:ok, term}
  @impl true
  def init(x), do: {:ok, x}
  @spec child_spec(term) :: map
  @spec g(term) :: term
  @spec d(list) :: integer
  defdelegate d(l), to: Kernel, as: :length
  @spec m(term) :: term
  defmacro m(x), do: x
  @spec g(term, term) :: term
  def g(a, b \\ 1), do: {a, b}
end
defmodule St do
  defstruct [:a]
  @spec __struct__() :: %St{}
  @spec new() :: %St{}
  def new, do: %St{}
  @spec e(term) :: term
  defguard e(x) when is_integer(x)
end
IO.inspect({Sz.size([1]), S.d([1, 2]), S.g(1), St.new()})
