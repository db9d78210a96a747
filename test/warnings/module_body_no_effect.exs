# Module body code evaluated for nothing (not the body's last code expression): an attribute
# read or a literal on its own is reported as in a function's block, in source order with the
# body's variables, before the module-level checks (an undefined attribute's read below)
defmodule BodyNoEffect do
  1
  "text"
  @limit 10
  @limit
  count = 3
  count
  @missing
  if true do
    @limit
    :done
  end
  def limit, do: @limit
  @limit
end

defmodule BodyLastIsFine do
  @size 2
  @size
end

IO.puts(BodyNoEffect.limit())
