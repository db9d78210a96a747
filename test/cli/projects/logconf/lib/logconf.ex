defmodule Logconf do
  require Logger

  # an entry with metadata of the call and of the process
  def go(id) do
    Logger.metadata(request_id: "req-#{id}")
    Logger.info("order #{id}", shop: :main)
    Logger.debug("below the console's level")
    Logger.warning("stock low")
  end
end
