import Config
config :anemone, nested: [b: 20], env_name: config_env()
