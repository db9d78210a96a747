import Config

# older projects read the environment through Mix in their configuration
config :mixenv, built_in: Mix.env(), target: Mix.target()
