&Enum.map
