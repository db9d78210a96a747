import Config
config :anemone, from_runtime: System.get_env("ANEMONE_RT", "unset"), runtime_env: config_env()
