# quote(do: unquote_splicing(xs)) in a function: raised by elixir_quote while the module body
# expands the def, under the body's frame at the def's line
defmodule M do
  def f do
    :ok


    quote(do: unquote_splicing([1, 2]))
  end
end
