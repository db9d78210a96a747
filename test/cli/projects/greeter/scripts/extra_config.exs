import Config
# read by `mix run -c scripts/extra_config.exs` (deprecated in 1.14, still read)
config :greeter, greeting: "hi", env: config_env()
