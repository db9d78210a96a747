f = fn -> _ end
