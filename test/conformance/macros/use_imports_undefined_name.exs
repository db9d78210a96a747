# a __using__ that imports its own macros by a wrong arity (transition/2 written as
# transition/3): the CompileError is raised where `use` expands it
defmodule Machine do
  defmacro __using__(_opts) do
    quote do
      import Machine, only: [state: 1, transition: 3]
    end
  end

  defmacro state(name), do: quote(do: def(unquote(name)(), do: true))
  defmacro transition(event, opts), do: quote(do: def(unquote(event)(), do: unquote(opts)))
end

IO.puts("before")

defmodule Door do
  use Machine
  state :open
end

IO.puts("never")
