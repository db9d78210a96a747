Process.exit(self(), {:bad, [1, 2]})
