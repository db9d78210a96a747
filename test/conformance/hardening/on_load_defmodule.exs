Application.put_env(:on_load_test, :caller, self())
# @on_load in a script's defmodule (Elixir 1.14 / OTP 25): the function (def or defp, named as an
# atom or {name, 0}) runs in a process of its own once the module is compiled; :ok keeps the
# module, any other answer leaves it unloaded (an atom silently, another term, an exit reason or a
# raise with a warning showing it, at depth 10), and defmodule's value is the same either way.
# A remote call to the module from its own @on_load function is undefined: it is not loaded yet.
# (The code server's warning reaches Logger after the load answered, and a raise's crash report
# races with it on the BEAM: each is waited for, and a raise is shown at level :error only.)
# beamlet ran no @on_load function at all.
defmodule Kept do
  @on_load :init
  def init do
    IO.puts("Kept init, in the caller: #{self() == Application.get_env(:on_load_test, :caller)}")
    :ok
  end

  def f, do: :kept
end

IO.inspect(Kept.f())

defmodule KeptTuple do
  @on_load {:setup, 0}
  defp setup, do: :ok
  def f, do: :kept_tuple
end

IO.inspect(KeptTuple.f())

r =
  defmodule Refused do
    @on_load :init
    def init do
      IO.puts("Refused init")
      :nope
    end

    def f, do: :refused
  end

IO.inspect(elem(r, 3), label: "defmodule value")
IO.inspect({:code.is_loaded(Refused), function_exported?(Refused, :f, 0)}, label: "Refused loaded")

try do
  Refused.f()
rescue
  e -> IO.puts(Exception.message(e))
end

defmodule Errors do
  @on_load :init
  def init, do: {:error, Enum.to_list(1..30)}
end

Process.sleep(300)
Logger.flush()
IO.inspect(:code.is_loaded(Errors), label: "Errors loaded")

defmodule Deep do
  @on_load :init
  def init, do: %{a: [1, {2, [3, [4, [5, [6, [7, [8, [9, [10, [11]]]]]]]]]}], b: "str"}
end

Process.sleep(300)
Logger.flush()

defmodule Exits do
  @on_load :init
  def init, do: exit({:shutdown, :why})
end

Process.sleep(300)
Process.sleep(300)
Logger.flush()

defmodule ExitsAtom do
  @on_load :init
  def init, do: exit(:bye)
end

Process.sleep(300)
Logger.flush()
IO.inspect(:code.is_loaded(ExitsAtom), label: "ExitsAtom loaded")
Logger.configure(level: :error)

defmodule Raises do
  @on_load :init
  def init do
    IO.puts("Raises init")
    raise "boom"
  end
end

Process.sleep(500)
Logger.flush()

defmodule Throws do
  @on_load :init
  def init, do: throw(:t)
end

Process.sleep(500)
Logger.flush()

defmodule CallsItself do
  @on_load :init
  def init do
    g()
    CallsItself.g()
  end

  def g, do: IO.puts("g")
end

Process.sleep(500)
Logger.flush()
IO.inspect(:code.is_loaded(CallsItself), label: "CallsItself loaded")
Logger.configure(level: :debug)

# redefined: the version before stays current while the function runs, and after a refusal
defmodule Kept do
  @on_load :init
  def init do
    IO.puts("Kept v2 init, current f there: #{inspect(Kept.f())}")
    :no
  end

  def f, do: :kept_v2
end

IO.inspect(Kept.f(), label: "after a refused redefinition")

defmodule Kept do
  @on_load :init
  def init do
    IO.puts("Kept v3 init, current f there: #{inspect(Kept.f())}")
    :ok
  end

  def f, do: :kept_v3
end

IO.inspect(Kept.f(), label: "after an accepted redefinition")
