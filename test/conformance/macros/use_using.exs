# use calls __using__/1 with the options; the quoted code lands in the using module
defmodule Greeter do
  defmacro __using__(opts) do
    greeting = Keyword.get(opts, :greeting, "Hello")

    quote do
      def greet(name), do: unquote(greeting) <> ", " <> name
      def greeter_module, do: unquote(__MODULE__)
      def user_module, do: __MODULE__
    end
  end
end

defmodule English do
  use Greeter
end

defmodule French do
  use Greeter, greeting: "Bonjour"
end

IO.inspect(English.greet("Ann"))
IO.inspect(French.greet("Luc"))
IO.inspect(French.greeter_module())
IO.inspect(French.user_module())
