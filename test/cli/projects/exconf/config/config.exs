import Config
config :exconf, greeting: "hello"
import_config "#{config_env()}.exs"
