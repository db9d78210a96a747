Process.exit(self(), :kill)
