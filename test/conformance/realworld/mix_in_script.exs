# Mix in an `elixir FILE.exs` script: the module is there but its application is not started,
# so reading its state raises :ets's ArgumentError until Mix.install/2 starts it
IO.inspect(Code.ensure_loaded?(Mix), label: "Mix loaded")
IO.inspect(function_exported?(Mix, :env, 0), label: "env/0 exported")

for {label, f} <- [env: &Mix.env/0, target: &Mix.target/0, installed?: &Mix.installed?/0, set_env: fn -> Mix.env(:prod) end] do
  try do
    f.()
  rescue
    e in ArgumentError ->
      IO.puts("#{label}: " <> Exception.format_banner(:error, e, __STACKTRACE__))
      __STACKTRACE__ |> Enum.take(2) |> Enum.each(&IO.inspect/1)
  end
end

try do
  Mix.raise("cannot build")
rescue
  e in Mix.Error -> IO.inspect(e)
end

config = if Mix.install([]) == :ok, do: :installed
IO.inspect(config)
IO.inspect({Mix.env(), Mix.target(), Mix.installed?(), Mix.shell(), Mix.debug?()})
IO.inspect(Mix.install([]), label: "again")
Mix.shell().info("from the shell")
Mix.env(:test)
IO.inspect(Mix.env(), label: "env now")
IO.inspect(:mix in Enum.map(Application.started_applications(), &elem(&1, 0)), label: "mix started")

try do
  Mix.install([{:jason, "~> 1.4"}])
rescue
  e in Mix.Error -> IO.puts(Exception.message(e))
end

Mix.raise("fatal: stop here")
