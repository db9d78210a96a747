defmodule Config do
  @default_port 4000
  @hosts ["a.example", "b.example"]
  @settings %{retries: 3, backoff: [100, 200, 400]}
  @computed Enum.map(1..3, &(&1 * 100))
  @vsn 7

  def port, do: @default_port
  def hosts, do: @hosts
  def settings, do: @settings
  def computed, do: @computed

  @limit 10
  def limit1, do: @limit
  @limit 20
  def limit2, do: @limit
end

IO.inspect(Config.port())
IO.inspect(Config.hosts())
IO.inspect(Config.settings())
IO.inspect(Config.computed())
IO.inspect({Config.limit1(), Config.limit2()})
IO.inspect(Config.module_info(:attributes)[:vsn])
IO.inspect(Config.module_info(:module))
