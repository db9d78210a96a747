# struct!/2 on URI, split out of errors_catalog.exs (URI is not in beamlet's library yet)
defmodule Errors do
  def f(:only), do: :ok
  def run(label, fun) do
    try do
      fun.()
      IO.puts("#{label}: no error")
    rescue
      e ->
        IO.puts("#{label}: #{inspect(e.__struct__)}")
        IO.puts("  message: " <> Exception.message(e))
    end
  end
end

Errors.run("struct key", fn -> struct!(URI, nope: 1) end)
