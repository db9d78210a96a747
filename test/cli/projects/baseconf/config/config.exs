import Config
config :baseconf, greeting: "hi"
config :logger, level: :info
config :kernel, baseconf_key: :from_config
import_config "#{config_env()}.exs"
