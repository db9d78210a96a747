defmodule Config do
  @moduledoc """
  The configuration files of a project (config/config.exs, config/ENV.exs, config/runtime.exs):
  `import Config`, then `config :app, key: value` (or `config :app, Key, opts`), `config_env/0`,
  `config_target/0` and `import_config/1`. The CLI reads a file with `Config.__read__/2` and
  puts the result into the application environment with `Application.put_all_env/1`.
  """

  @doc "Configures the given `root_key`."
  def config(root_key, opts) when is_atom(root_key) and is_list(opts) do
    put(root_key, opts)
  end

  @doc "Configures the given `key` for the given `root_key`."
  def config(root_key, key, opts) when is_atom(root_key) and is_atom(key) do
    put(root_key, [{key, opts}])
  end

  @doc "Returns the environment this configuration file is executed on."
  def config_env do
    case Process.get(:beamlet_config_env) do
      nil -> raise RuntimeError, "no :env key was given to this configuration file"
      env -> env
    end
  end

  @doc "Returns the target this configuration file is executed on."
  def config_target, do: :host

  @doc "Imports configuration from the given file, relative to the importing one."
  def import_config(file) do
    dir = Process.get(:beamlet_config_dir)
    path = Path.expand(file, dir)
    Process.put(:beamlet_config_dir, Path.dirname(path))
    # (the files read, as mix tracks them: one changed writes the .app again)
    Process.put(:beamlet_config_imports, [path | Process.get(:beamlet_config_imports, [])])

    try do
      Code.eval_file(path)
    after
      Process.put(:beamlet_config_dir, dir)
    end

    :ok
  end

  @doc false
  # evaluates a configuration file for `env`; returns its configuration, [{app, keyword}]
  def __read__(path, env) do
    Process.put(:beamlet_config, [])
    Process.put(:beamlet_config_imports, [])
    Process.put(:beamlet_config_env, env)
    Process.put(:beamlet_config_dir, Path.dirname(path))
    Code.eval_file(path)
    Process.delete(:beamlet_config) |> Enum.reverse()
  end

  defp put(root_key, opts) do
    config = Process.get(:beamlet_config, [])

    merged =
      case List.keyfind(config, root_key, 0) do
        {^root_key, old} -> List.keyreplace(config, root_key, 0, {root_key, deep_merge(old, opts)})
        nil -> [{root_key, opts} | config]
      end

    Process.put(:beamlet_config, merged)
    :ok
  end

  # keyword values merge key by key, as Config does
  defp deep_merge(old, new) do
    Keyword.merge(old, new, fn _key, a, b ->
      if Keyword.keyword?(a) and Keyword.keyword?(b) and a != [] and b != [], do: deep_merge(a, b), else: b
    end)
  end
end
