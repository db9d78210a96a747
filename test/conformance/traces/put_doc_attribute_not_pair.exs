# Module.put_attribute of @doc must be {line, doc}: ArgumentError with Module's frames.
defmodule A do
  Module.put_attribute(__MODULE__, :doc, "put")
end
