# Mix as an `elixir FILE.exs` script meets it: the module is there but its application is not
# started (lib/mix/state.ex), so Mix.env/0 and the others raise until Mix.install/2 starts it.
# beamlet fetches no packages: Mix.install/2 installs an empty list of dependencies only.
defmodule Mix do
  @moduledoc false

  def env, do: Mix.State.get(:env, :dev)
  def env(env) when is_atom(env), do: Mix.State.put(:env, env)
  def target, do: Mix.State.get(:target, :host)
  def target(target) when is_atom(target), do: Mix.State.put(:target, target)
  def shell, do: Mix.State.get(:shell, Mix.Shell.IO)
  def shell(shell), do: Mix.State.put(:shell, shell)
  def debug?, do: Mix.State.get(:debug, false)
  def debug(debug) when is_boolean(debug), do: Mix.State.put(:debug, debug)

  @beamlet_frame_line 817
  def installed?, do: Mix.State.get(:installed) != nil

  # (raise/1 calls raise/2 remotely: a local raise/2 call would be Kernel's)
  def raise(message), do: Mix.raise(message, [])

  @beamlet_frame_line 513
  def raise(message, opts) when is_binary(message) and is_list(opts) do
    Kernel.raise(Mix.Error, mix: Keyword.get(opts, :exit_status, 1), message: message)
  end

  def install(deps, opts \\ [])

  def install(deps, opts) when is_list(deps) and is_list(opts) do
    if Process.whereis(Mix.State) == nil do
      {:ok, _} = Mix.State.start([])
      # (Mix.install/2 starts the mix application: Application.started_applications/0 lists it)
      :application.load({:application, :mix, [description: 'mix', vsn: '1.14.0', registered: [Mix.State], applications: [:kernel, :stdlib, :elixir]]})
      :ok = :application.start(:mix)
    end

    case Mix.State.get(:installed) do
      nil when deps == [] -> Mix.State.put(:installed, {deps, opts})
      nil -> Mix.raise("Mix.install/2 cannot fetch dependencies in beamlet: #{inspect(deps)}")
      {^deps, _} -> :ok
      _ -> Mix.raise("Mix.install/2 can only be called with the same dependencies in the given VM")
    end
  end
end

defmodule Mix.Error do
  defexception [:message, mix: 1]
end
