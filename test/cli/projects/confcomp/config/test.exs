import Config

config :confcomp, limit: 5
