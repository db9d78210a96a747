# A compile error at the top level: the unused variables of the clauses expanded before it (catch,
# rescue, case, fn) are told first; the top level's own (a, b) are not, as its scope never closes
a = 1
b = fn z -> z end

try do
  :ok
catch
  x -> :err
end

try do
  :ok
rescue
  e -> :err
catch
  :exit, reason -> :ex
end

case a do
  y -> 2
end

f = fn w -> 1 end

c = zzz
