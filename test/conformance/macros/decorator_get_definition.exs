# A decorator in the style libraries write: @before_compile takes each function marked
# @traced, deletes it and defines it again with its body wrapped (Module.get_definition/2 and
# Module.delete_definition/2).
defmodule Traced do
  defmacro __using__(_) do
    quote do
      Module.register_attribute(__MODULE__, :traced, accumulate: true)
      @before_compile Traced
      @on_definition Traced
    end
  end

  def __on_definition__(env, _kind, name, args, _guards, _body) do
    if Module.get_attribute(env.module, :trace_next) do
      Module.put_attribute(env.module, :traced, {name, length(args)})
      Module.delete_attribute(env.module, :trace_next)
    end
  end

  defmacro __before_compile__(env) do
    traced = env.module |> Module.get_attribute(:traced) |> Enum.uniq() |> Enum.reverse()
    for {name, arity} <- traced do
      {:v1, kind, _meta, clauses} = Module.get_definition(env.module, {name, arity})
      true = Module.delete_definition(env.module, {name, arity})
      for {_cmeta, args, guards, body} <- clauses do
        head = {name, [], args}
        head = if guards == [], do: head, else: {:when, [], [head | guards]}
        quote do
          unquote(kind)(unquote(head)) do
            IO.puts("-> #{unquote(name)}/#{unquote(arity)}")
            result = unquote(body)
            IO.puts("<- #{inspect(result)}")
            result
          end
        end
      end
    end
  end
end

defmodule Calc do
  use Traced

  @trace_next true
  def add(a, b) when is_integer(a), do: a + b
  def add(a, b), do: {:not_int, a, b}

  @trace_next true
  def fact(0), do: 1
  def fact(n), do: n * fact(n - 1)

  def untouched(x), do: x
end

IO.inspect Calc.add(1, 2)
IO.inspect Calc.add(:a, 2)
IO.inspect Calc.fact(3)
IO.inspect Calc.untouched(7)
