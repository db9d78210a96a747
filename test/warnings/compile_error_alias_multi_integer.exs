# alias of a list item that is no alias
defmodule Shop do
  alias Shop.{Cart, 1}
end
