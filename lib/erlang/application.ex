# Erlang's :application over beamlet's application model (lib/otp/application.ex, whose controller
# keeps specs, environments and started applications): what OTP returns where Elixir's
# Application differs, `{:ok, value}`/`:undefined` for lookups and `[{app, description, vsn}]`
# listings. A process belongs to the application whose master is its group leader
# (lib/erlang/application_master.ex).
defmodule :application do
  # the -callback attributes of OTP's module, in its source's order (behaviour_info/1 is exported)
  def behaviour_info(:callbacks), do: [start: 2, stop: 1]
  def behaviour_info(:optional_callbacks), do: []

  # ---- environment ----------------------------------------------------------------------------

  def get_env(key), do: with_current(:undefined, &get_env(&1, key))

  def get_env(app, key) do
    case Application.fetch_env(app, key) do
      {:ok, value} -> {:ok, value}
      :error -> :undefined
    end
  end

  def get_env(app, key, default), do: Application.get_env(app, key, default)

  def get_all_env, do: with_current([], &get_all_env/1)
  def get_all_env(app), do: Application.get_all_env(app)

  def set_env(config), do: set_env(config, [])

  def set_env(config, opts) when is_list(config) and is_list(opts) do
    for {app, pairs} <- config, {key, value} <- pairs, do: Application.put_env(app, key, value, opts)
    :ok
  end

  def set_env(app, key, value), do: Application.put_env(app, key, value)
  def set_env(app, key, value, opts), do: Application.put_env(app, key, value, opts)

  def unset_env(app, key), do: Application.delete_env(app, key)
  def unset_env(app, key, opts), do: Application.delete_env(app, key, opts)

  # ---- keys of the application specification ---------------------------------------------------

  def get_key(key), do: with_current(:undefined, &get_key(&1, key))

  def get_key(app, key) do
    case Application.__loaded_spec__(app) do
      nil -> :undefined
      spec -> {:ok, spec_key(spec, key)}
    end
  end

  def get_all_key, do: with_current(:undefined, &get_all_key/1)

  def get_all_key(app) do
    case Application.__loaded_spec__(app) do
      nil -> :undefined
      spec -> {:ok, for(key <- spec_keys(), do: {key, spec_key(spec, key)})}
    end
  end

  @defaults [
    description: '', id: [], vsn: '', modules: [], maxP: :infinity, maxT: :infinity, registered: [],
    included_applications: [], optional_applications: [], applications: [], env: [], mod: [], start_phases: :undefined
  ]

  defp spec_keys, do: Keyword.keys(@defaults)

  defp spec_key(spec, key) do
    case Keyword.fetch(spec, key) do
      {:ok, value} -> value
      :error -> Keyword.get(@defaults, key, [])
    end
  end

  # ---- which application ------------------------------------------------------------------------

  # a process belongs to the application whose master is its group leader
  def get_application, do: get_application(self())

  def get_application(pid) when is_pid(pid) do
    case Process.info(pid, :group_leader) do
      {:group_leader, leader} -> Application.__application_of_master__(leader)
      nil -> :undefined
    end
  end

  def get_application(module) when is_atom(module) do
    case Application.get_application(module) do
      nil -> :undefined
      app -> {:ok, app}
    end
  end

  def start_type, do: :undefined

  defp with_current(none, fun) do
    case get_application() do
      {:ok, app} -> fun.(app)
      :undefined -> none
    end
  end

  # ---- loading, starting, stopping -------------------------------------------------------------

  def load(app) when is_atom(app), do: Application.load(app)

  # an application given by its specification, as in a .app file
  def load({:application, app, spec}) when is_atom(app) and is_list(spec) do
    if Application.__loaded_spec__(app) != nil do
      # (OTP names the whole specification here)
      {:error, {:already_loaded, {:application, app, spec}}}
    else
      Application.__put_spec__(app, spec)
    end
  end

  def load(app, _distributed), do: load(app)

  def unload(app), do: Application.unload(app)

  def start(app), do: Application.start(app)
  def start(app, type), do: Application.start(app, type)

  def ensure_started(app), do: Application.ensure_started(app)
  def ensure_started(app, type), do: Application.ensure_started(app, type)

  def ensure_all_started(app), do: Application.ensure_all_started(app)
  def ensure_all_started(app, type), do: Application.ensure_all_started(app, type)

  def stop(app), do: Application.stop(app)

  def loaded_applications, do: Application.loaded_applications()
  def info, do: Application.__info__()
  def which_applications, do: Application.started_applications()
  def which_applications(timeout), do: Application.started_applications(timeout)
end
