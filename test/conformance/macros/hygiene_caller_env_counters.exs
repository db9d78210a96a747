defmodule Hyg do
  defmacro set_x(v) do
    quote do: var!(x) = unquote(v)
  end

  defmacro hygienic_x(v) do
    quote do
      x = unquote(v)
      x
    end
  end

  defmacro ctx_var(name) do
    var = Macro.var(name, __MODULE__)
    quote do: unquote(var) = :from_macro_ctx
  end

  defmacro read_ctx_var(name) do
    var = Macro.var(name, __MODULE__)
    quote do
      unquote(var) = :second
      unquote(var)
    end
  end

  defmacro where_am_i do
    c = __CALLER__
    info = %{
      module: c.module,
      function: c.function,
      line: c.line,
      file: Path.basename(c.file),
      context: c.context
    }
    Macro.escape(info)
  end

  defmacro in_guard?(x) do
    case __CALLER__.context do
      :guard -> quote(do: is_integer(unquote(x)))
      _ -> quote(do: {:not_guard, unquote(x)})
    end
  end

  defmacro counter do
    quote do
      var!(count, Hyg) = (var!(count, Hyg) || 0) + 1
    end
  end
end

defmodule UseHyg do
  require Hyg

  def a do
    x = 1
    Hyg.hygienic_x(2)
    x
  end

  def b do
    Hyg.set_x(5)
    x
  end

  def c do
    secret = :mine
    Hyg.ctx_var(:secret)
    {Hyg.read_ctx_var(:secret), secret}
  end

  def d, do: Hyg.where_am_i()

  def e(v) when Hyg.in_guard?(v), do: :int
  def e(v), do: Hyg.in_guard?(v)

  def f do
    var!(count, Hyg) = nil
    Hyg.counter()
    Hyg.counter()
    var!(count, Hyg)
  end

  def g do
    env = __ENV__
    {env.module, env.function, Path.basename(env.file), env.line, env.context}
  end
end

IO.inspect(UseHyg.a())
IO.inspect(UseHyg.b())
IO.inspect(UseHyg.c())
IO.inspect(UseHyg.d())
IO.inspect(UseHyg.e(1))
IO.inspect(UseHyg.e(:a))
IO.inspect(UseHyg.f())
IO.inspect(UseHyg.g())
IO.inspect(Macro.var(:foo, nil))
IO.inspect(Macro.var(:foo, Hyg))
IO.inspect(quote(do: x))
IO.inspect(quote(do: var!(x)))
IO.inspect(__ENV__.aliases)
IO.inspect(__ENV__.requires |> Enum.member?(Hyg))
