# R8: apply/3 and a module held in a variable are remote calls into the current version
defmodule Main do
  def src(v), do: "defmodule Dyn do\n def f(x), do: {#{v}, x}\nend"

  def run do
    Code.put_compiler_option(:ignore_module_conflict, true)
    Code.compile_string(src(1))
    mod = Dyn
    IO.inspect(mod.f(:var))
    IO.inspect(apply(mod, :f, [:apply]))
    Code.compile_string(src(2))
    IO.inspect(mod.f(:var))
    IO.inspect(apply(Dyn, :f, [:apply]))
    IO.inspect(Enum.map([1, 2], &Dyn.f/1))
    IO.inspect(Enum.map([1, 2], fn x -> mod.f(x) end))
    name = String.to_atom("Elixir.Dyn")
    IO.inspect(name.f(:from_atom))
  end
end

Main.run()
