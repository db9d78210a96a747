import Config

config :sup_greeter, start_count: 30
