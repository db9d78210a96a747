# A bare name that is no variable, at a script's top level: the warning, then the error and the
# frame of the file's compilation
count = 1
total = count + missing_count
