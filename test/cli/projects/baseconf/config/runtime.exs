import Config
if config_env() == :dev, do: config(:stdlib, baseconf_key: :from_runtime)
