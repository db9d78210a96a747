# Every Logger.configure call (whatever its options) starts one process in OTP's logger (the
# handler's configuration change runs in a process of its own): it takes a pid number;
# :logger.set_primary_config, Logger.put_module_level and configure_backend take none
defmodule Main do
  def run do
    IO.inspect(spawn(fn -> :ok end), label: "first")
    Logger.configure(level: :none)
    IO.inspect(spawn(fn -> :ok end), label: "after configure(level: :none)")
    Logger.configure([])
    IO.inspect(spawn(fn -> :ok end), label: "after configure([])")
    :logger.set_primary_config(:level, :info) |> IO.inspect(label: "set_primary_config")
    IO.inspect(spawn(fn -> :ok end), label: "after set_primary_config")
    Logger.put_module_level(Foo, :info)
    IO.inspect(spawn(fn -> :ok end), label: "after put_module_level")
    Logger.configure(level: :warning, truncate: 200) |> IO.inspect(label: "configure")
    IO.inspect(Logger.level())
    {:ok, p} = GenServer.start(Agent.Server, fn -> 0 end)
    IO.inspect(p, label: "a server after it")
  end
end

Main.run()
