import Config

config :mixenv, runtime: {Mix.env(), config_env()}
