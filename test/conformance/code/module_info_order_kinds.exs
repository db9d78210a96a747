# module_info(:exports)/(:functions) and __info__(:functions) order of protocols (behaviour_info/1, -inlined-__protocol__/1-,
# the built-in types' __impl__/1 that impl_for/1 calls by name), impls, defexception, use GenServer/
# Supervisor/Agent/Task (their location: :keep defaults after the module's own functions) and @file
defprotocol Shape do
  def area(s)
  def name(s)
end
defmodule Sq do
  defstruct [:s]
end
defimpl Shape, for: Sq do
  def area(%{s: s}), do: s * s
  def name(_), do: "sq"
end
defimpl Shape, for: Integer do
  def area(n), do: n
  def name(_), do: "int"
end
defmodule MyErr do
  defexception [:message, :code]
end
defmodule MyErr2 do
  defexception message: "x"
  @impl true
  def message(e), do: "m" <> e.message
end
defmodule Srv do
  use GenServer
  def start_link(a), do: GenServer.start_link(__MODULE__, a)
  def init(a), do: {:ok, a}
  def handle_call(:x, _, s), do: {:reply, s, s}
end
defmodule Srv2 do
  use GenServer
  def init(a), do: {:ok, a}
end
defmodule Sup do
  use Supervisor
  def init(_), do: Supervisor.init([], strategy: :one_for_one)
end
defmodule Ag do
  use Agent
  def start_link(_), do: Agent.start_link(fn -> 0 end)
end
defmodule Tk do
  use Task
  def start_link(_), do: Task.start_link(fn -> 0 end)
end
for m <- [Shape, Shape.Sq, Shape.Integer, MyErr, MyErr2, Srv, Srv2, Sup, Ag, Tk, Sq] do
  IO.inspect {m, m.module_info(:exports)}, limit: :infinity
  IO.inspect m.__info__(:functions), limit: :infinity
end
IO.inspect Shape.__protocol__(:functions)
defmodule F5 do
  def b, do: 1
  @file "zzz.ex"
  def a, do: 1
  def c, do: 1
  @file "aaa.ex"
  def d, do: 1
end
defmodule UK do
  defmacro __using__(_) do
    quote location: :keep do
      def q, do: 1
      def a2, do: 1
    end
  end
end
defmodule UQ do
  defmacro __using__(_) do
    quote do
      def q, do: 1
      def a2, do: 1
    end
  end
end
defmodule F6 do
  use UK
  def b, do: 1
end
defmodule F7 do
  use UQ
  def b, do: 1
for m <- [F5, F6, F7], do: IO.inspect({m.module_info(:exports), m.module_info(:functions)})
defprotocol P1 do
  @fallback_to_any true
  def f(x)
  def g(x, y)
end
defprotocol P2 do
  def f(x)
end
for t <- [Tuple, Atom, List, Map, BitString, Integer, Float, Function, PID, Port, Reference, Any] do
  Code.eval_string("defimpl P1, for: #{inspect t} do def f(_), do: 1; def g(_, _), do: 2 end; defimpl P2, for: #{inspect t} do def f(_), do: 1 end")
  IO.inspect {t, Module.concat(P1, t).module_info(:exports), Module.concat(P2, t).module_info(:exports)}, width: 200
end
IO.inspect P1.behaviour_info(:callbacks)
IO.inspect P1.behaviour_info(:optional_callbacks)
IO.inspect P1.module_info(:functions)
IO.inspect P2.module_info(:functions)
IO.inspect Shape.behaviour_info(:callbacks)
