# A compile error inside a fn handed to a local function of the module: the trace shows the
# fn's expansion frames; those of the local call's expansion lie below the 7 kept
defmodule Report do
  def section(title, render), do: {title, render}

  def build do
    section("totals", fn -> <<(:total)::8>> end)
  end
end
