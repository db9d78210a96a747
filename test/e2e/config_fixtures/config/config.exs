import Config

config :anemone, greeting: "hello", nested: [a: 1, b: 2]
config :anemone, Counter, step: 1

import_config "#{config_env()}.exs"
