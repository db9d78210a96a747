import Config

config :confcomp, greeting: "hello", limit: 3

import_config "#{config_env()}.exs"
