import Config
config :anemone, env_name: :production
