# an Erlang module gives no alias of itself without :as
defmodule Shop do
  alias :queue
  def new, do: :queue.new()
end
