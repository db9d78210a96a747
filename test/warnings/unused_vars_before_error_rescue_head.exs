# a rescue clause expanded before a later rescue head that fails: its unused variable first
try do 1 rescue x -> 1; e when e = 1 -> e end
