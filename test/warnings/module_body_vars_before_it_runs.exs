# variables bound before a module defined in the body are handed to it (used); a body that raises
# as it runs was expanded whole, so its unused variables come before the error
defmodule Settings do
  env = :dev
  defaults = %{port: 4000}

  defmodule Inner do
    def port, do: 4000
  end

  timeout = 5000
  def env, do: :dev
  def port(unused), do: 4000
  ratio = 100 / Enum.count([])
  retries = 3
end
