defmodule StateMachine do
  defmacro __using__(_opts) do
    quote do
      import StateMachine, only: [state: 1, state: 2, transition: 2]
      Module.register_attribute(__MODULE__, :states, accumulate: true)
      Module.register_attribute(__MODULE__, :transitions, accumulate: true)
      @before_compile StateMachine
      @after_compile StateMachine
    end
  end

  defmacro state(name, opts \\ []) do
    quote do
      @states {unquote(name), unquote(Keyword.get(opts, :initial, false))}
    end
  end

  defmacro transition(event, from: from, to: to) do
    quote bind_quoted: [event: event, from: from, to: to] do
      @transitions {event, from, to}
      def unquote(event)(%{state: unquote(from)} = machine) do
        {:ok, %{machine | state: unquote(to), history: [unquote(from) | machine.history]}}
      end
    end
  end

  defmacro __before_compile__(env) do
    states = Module.get_attribute(env.module, :states) |> Enum.reverse()
    transitions = Module.get_attribute(env.module, :transitions) |> Enum.reverse()
    {initial, _} = Enum.find(states, fn {_, init} -> init end) || hd(states)
    events = transitions |> Enum.map(&elem(&1, 0)) |> Enum.uniq()

    fallbacks =
      for event <- events do
        quote do
          def unquote(event)(%{state: s}), do: {:error, {:invalid_transition, unquote(event), s}}
        end
      end

    quote do
      defstruct state: unquote(initial), history: []
      def states, do: unquote(Enum.map(states, &elem(&1, 0)))
      def events, do: unquote(events)
      def transitions, do: unquote(Macro.escape(transitions))
      unquote_splicing(fallbacks)
    end
  end

  def __after_compile__(env, _bytecode) do
    IO.puts("compiled #{inspect(env.module)} with #{length(env.module.states())} states")
  end
end

defmodule Order do
  use StateMachine

  state :cart, initial: true
  state :paid
  state :shipped
  state :cancelled

  transition :pay, from: :cart, to: :paid
  transition :ship, from: :paid, to: :shipped
  transition :cancel, from: :cart, to: :cancelled
  transition :cancel, from: :paid, to: :cancelled
end

defmodule Ops do
  for {name, op} <- [add: :+, sub: :-, mul: :*] do
    def unquote(name)(a, b), do: unquote(op)(a, b)
  end

  @ops %{pow: &Integer.pow/2, max: &max/2}
  for {name, _} <- @ops do
    def unquote(:"do_#{name}")(a, b), do: @ops[unquote(name)].(a, b)
  end

  def unquote(:"weird name")(), do: :ok
end

IO.inspect(Order.states())
IO.inspect(Order.events())
IO.inspect(Order.transitions())
o = struct(Order)
IO.inspect(o)
{:ok, o} = Order.pay(o)
IO.inspect(Order.pay(o))
{:ok, o2} = Order.cancel(o)
IO.inspect(o2)
{:ok, o3} = Order.ship(o)
IO.inspect(Order.cancel(o3))
IO.inspect(o3.history)
IO.inspect({Ops.add(1, 2), Ops.sub(1, 2), Ops.mul(3, 4), Ops.do_pow(2, 10), Ops.do_max(3, 9)})
IO.inspect(apply(Ops, :"weird name", []))
IO.inspect(Ops.__info__(:functions))
IO.inspect(Order.__info__(:functions) |> Keyword.keys() |> Enum.uniq())
