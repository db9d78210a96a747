ﬁle = 1
IO.inspect(ﬁle)
