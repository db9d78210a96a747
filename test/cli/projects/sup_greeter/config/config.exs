import Config

config :sup_greeter, greeting: "hello", start_count: 10

import_config "#{config_env()}.exs"
