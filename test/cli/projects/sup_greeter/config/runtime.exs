import Config

config :sup_greeter, env: config_env(), who: System.get_env("GREETER_WHO", "world")
