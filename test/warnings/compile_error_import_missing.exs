# import of a module that does not exist, in a module: no frame under the error
defmodule Importer do
  import Missing.Helpers

  def run, do: :ok
end
