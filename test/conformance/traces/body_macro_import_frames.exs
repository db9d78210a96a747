# an alias error raised by a required macro's code in a nested module's body: that macro's
# expansion frame under the error
defmodule Helper do
  defmacro imp, do: quote(do: import(Enum, only: [nope: 1]))
  defmacro __using__(_) do
    quote do
      alias Foo.Bar, as: 1
    end
  end
end
defmodule Outer do
  defmodule Inner do
    require Helper
    Helper.imp()
  end
end
