x = "a#{b"
