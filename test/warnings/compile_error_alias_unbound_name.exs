alias x
