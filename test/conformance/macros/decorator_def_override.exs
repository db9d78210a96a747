# A decorator's def: `import Kernel, except: [def: 2]` and another module's def/2 macro imported
# make every def in the module body that macro's expansion (which calls Kernel.def itself)
defmodule Traced do
  defmacro __using__(_) do
    quote do
      import Kernel, except: [def: 2]
      import Traced, only: [def: 2]
      Module.register_attribute(__MODULE__, :traced, accumulate: true)
    end
  end

  defmacro def(head, do: body) do
    {name, args} = Macro.decompose_call(head |> strip_guard())
    arity = length(args)
    quote do
      @traced {unquote(name), unquote(arity)}
      Kernel.def unquote(head) do
        IO.puts("-> #{unquote(name)}/#{unquote(arity)}")
        result = unquote(body)
        IO.puts("<- #{unquote(name)} = #{inspect(result)}")
        result
      end
    end
  end

  defp strip_guard({:when, _, [h, _]}), do: h
  defp strip_guard(h), do: h
end

defmodule Calc do
  use Traced
  def add(a, b), do: a + b
  def double(x) when is_integer(x), do: add(x, x)
  def double(x), do: {:not_int, x}
  Kernel.def traced_list, do: Enum.reverse(@traced)
end

IO.inspect Calc.double(21)
IO.inspect Calc.double(:a)
IO.inspect Calc.traced_list()

defmodule DefP do
  defmacro defp(head, body) do
    quote do
      Kernel.def(unquote(head), unquote(body))
    end
  end
end
defmodule AllPublic do
  import Kernel, except: [defp: 2]
  import DefP
  defp secret, do: :now_public
end
IO.inspect AllPublic.secret()
