# an import error raised while a use's code is expanded shows the expansions under its frames:
# the __using__ macro's, then Kernel.use's, each with the module body at the use's line
defmodule Helper do
  defmacro __using__(_) do
    quote do
      import Enum, only: [nope: 9]
    end
  end
end
defmodule User do
  use Helper
  def f, do: 1
end
