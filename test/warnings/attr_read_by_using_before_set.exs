# __using__ runs when the body is expanded, before `@pre 1` runs: its Module.get_attribute sees
# nothing set, so that is no use of @pre, which is still "set but never used"
defmodule L do
  defmacro __using__(_) do
    IO.inspect(Module.get_attribute(__CALLER__.module, :pre), label: "pre")
    quote do: :ok
  end
end

defmodule C do
  @pre 1
  use L
end

defmodule D do
  @pre 1
  @pre 2
  use L
  def f, do: 1
end

defmodule E do
  @pre 1
  IO.inspect(Module.get_attribute(__MODULE__, :pre), label: "pre in E")
end
