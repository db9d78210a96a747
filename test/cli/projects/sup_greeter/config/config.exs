import Config

config :sup_greeter, greeting: "hello", start_count: 10

# Logger takes its level from here when the application starts (not with --no-start)
config :logger, level: :info

import_config "#{config_env()}.exs"
