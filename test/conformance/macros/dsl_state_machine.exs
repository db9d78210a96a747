# a state machine DSL: use with options, accumulated attributes, @before_compile generating clauses with unquote_splicing, @on_definition, var! in a generated def, bind_quoted with Macro.escape
defmodule StateMachine do
  defmacro __using__(opts) do
    initial = Keyword.fetch!(opts, :initial)
    quote do
      import StateMachine, only: [transition: 2, transition: 3, on_enter: 2]
      Module.register_attribute(__MODULE__, :transitions, accumulate: true)
      Module.register_attribute(__MODULE__, :enters, accumulate: true)
      @initial unquote(initial)
      @before_compile StateMachine
      @on_definition StateMachine
    end
  end

  def __on_definition__(env, kind, name, args, guards, _body) do
    if kind == :def and String.starts_with?(Atom.to_string(name), "enter_") do
      IO.puts("defined #{inspect(env.module)}.#{name}/#{length(args)} guards=#{length(guards)} line=#{env.line}")
    end
  end

  defmacro transition(event, from_to, opts \\ []) do
    {from_to, opts} = Keyword.split(from_to, [:when]) |> then(fn {w, r} -> {r, w ++ opts} end)
    {from, to} =
      case from_to do
        [{from, to}] -> {from, to}
        other -> raise ArgumentError, "bad transition: #{Macro.to_string(other)}"
      end
    guard = Keyword.get(opts, :when)
    quote bind_quoted: [event: event, from: from, to: to, guard: Macro.escape(guard)] do
      @transitions {event, from, to, guard}
    end
  end

  defmacro on_enter(state, do: block) do
    name = :"enter_#{state}"
    quote do
      @enters unquote(state)
      def unquote(name)(var!(data)), do: unquote(block)
    end
  end

  defmacro __before_compile__(env) do
    transitions = Module.get_attribute(env.module, :transitions) |> Enum.reverse()
    enters = Module.get_attribute(env.module, :enters)
    clauses =
      for {event, from, to, _guard} <- transitions do
        quote do
          def fire(unquote(from), unquote(event)), do: {:ok, unquote(to)}
        end
      end
    events = transitions |> Enum.map(&elem(&1, 0)) |> Enum.uniq()
    quote do
      unquote_splicing(clauses)
      def fire(state, event), do: {:error, {:no_transition, state, event}}
      def initial, do: @initial
      def events, do: unquote(events)
      def enters, do: unquote(Enum.sort(enters))
      def __transitions__, do: unquote(Macro.escape(transitions))
    end
  end
end

defmodule Door do
  use StateMachine, initial: :closed
  transition :open, closed: :opened
  transition :close, opened: :closed
  transition :lock, closed: :locked, when: :has_key
  transition :unlock, locked: :closed
  on_enter :opened do
    {:opened, data}
  end
  on_enter(:locked, do: data + 1)
end

IO.inspect Door.initial()
IO.inspect Door.fire(:closed, :open)
IO.inspect Door.fire(:opened, :lock)
IO.inspect Door.events()
IO.inspect Door.enters()
IO.inspect Door.__transitions__()
IO.inspect Door.enter_opened(5)
IO.inspect Door.enter_locked(5)
IO.inspect Door.__info__(:functions)
IO.puts Macro.to_string(quote(do: transition(:x, a: :b, when: x > 1)))
try do
  Code.eval_string("""
  defmodule Bad do
    use StateMachine, initial: :a
    transition :x, :a
  end
  """)
rescue
  e -> IO.inspect(e)
end
