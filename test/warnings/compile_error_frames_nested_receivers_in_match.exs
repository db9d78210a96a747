# x.b.c.d = z in a def: each receiver is expanded from the one around it at the same call site,
# and the BEAM records that return address once, so the module body's frame still shows
defmodule Paths do
  def set(z) do
    x.b.c.d = z
  end
end
