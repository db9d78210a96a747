# Module.create/3: a module from a quoted body at the :file/:line of a keyword list or a
# Macro.Env, as defmodule defines it ({:module, name, binary, last value}); from a script's top
# level and from a function at run time; :file is required, the name must be an atom; compile
# errors and raises in the body come out of the call.
contents =
  quote do
    def world, do: true
    @x 5
    def x, do: @x
    :last
  end

{:module, name, binary, last} = Module.create(Hello, contents, Macro.Env.location(__ENV__))
IO.inspect({name, is_binary(binary), last})
IO.inspect({Hello.world(), Hello.x()})

Module.create(Hello2, quote(do: def(f, do: __ENV__.file <> ":" <> to_string(__ENV__.line))), file: "foo.ex", line: 10)
IO.inspect(Hello2.f())
IO.inspect(Hello2.__info__(:module))

for {mod, opts} <- [{Hello3, []}, {"x", [file: "a"]}, {Hello3, %{file: "a"}}] do
  try do
    Module.create(mod, quote(do: 1), opts)
  rescue
    e -> IO.inspect(e)
  end
end

Module.create(Hello4, quote(do: 1), file: "a")
IO.inspect(Hello4.module_info(:exports))
Module.create(Hello5, quote(do: def(f, do: __MODULE__)), __ENV__)
IO.inspect(Hello5.f())

defmodule Factory do
  def make(name, value) do
    Module.create(name, quote(do: def(value, do: unquote(value))), Macro.Env.location(__ENV__))
  end
end

{:module, m, _, _} = Factory.make(Dyn.A, 1)
IO.inspect({m, Dyn.A.value()})
Factory.make(Dyn.B, [1, 2])
IO.inspect(Dyn.B.value())
Module.create(Dyn.C, quote(do: (defstruct [:a]; def new, do: %__MODULE__{a: 1})), file: "dyn.ex")
IO.inspect(Dyn.C.new())

try do
  Module.create(Dyn.D, quote(do: def(f, do: undefined_thing())), file: "dyn.ex", line: 3)
rescue
  e -> IO.inspect(e)
end

try do
  Module.create(Dyn.E, quote(do: raise("boom")), file: "dyn.ex", line: 3)
rescue
  e -> IO.inspect(e)
end
