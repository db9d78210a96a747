defmodule Greeter do
  IO.puts("compiling Greeter")

  def greet(name, greeting \\ "Hello"), do: "#{greeting}, #{name}!"
  def greet(name, greeting \\ "Hi") when is_atom(name), do: greet(Atom.to_string(name), greeting)
end

IO.puts(Greeter.greet("Ann"))
