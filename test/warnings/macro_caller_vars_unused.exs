# variables a program's own macro binds in the caller's context (var!, a variable of the caller
# unquoted into a match) are reported unused at the caller's line, as Elixir does; the macro's own
# (hygienic) variables and those of another context never are
defmodule Mac do
  defmacro hyg(v) do
    quote do
      tmp = unquote(v)
      unused_in_macro = 1
      tmp
    end
  end
  defmacro bind(name) do
    quote do
      var!(unquote(name)) = 42
    end
  end
  defmacro bind_fixed do
    quote do
      var!(fixed) = 1
    end
  end
  defmacro bind_ctx do
    quote do
      var!(ctxv, __MODULE__) = 1
    end
  end
  defmacro user_var(x) do
    quote do
      unquote(x) = 5
    end
  end
  defmacro with_macro_var(name) do
    v = Macro.var(name, nil)
    quote do
      unquote(v) = 7
    end
  end
  defmacro with_gen_var do
    v = Macro.var(:gen, __MODULE__)
    quote do
      unquote(v) = 7
    end
  end
end
defmodule User do
  require Mac
  def a, do: Mac.hyg(1)
  def b do
    Mac.bind(zz)
    :ok
  end
  def c do
    Mac.bind_fixed()
    :ok
  end
  def d do
    Mac.bind_ctx()
    :ok
  end
  def e do
    Mac.user_var(w)
    :ok
  end
  def f do
    Mac.with_macro_var(:mv)
    :ok
  end
  def g do
    Mac.with_gen_var()
    :ok
  end
end
IO.puts User.a()
