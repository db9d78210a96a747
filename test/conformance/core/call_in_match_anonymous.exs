# an anonymous call in a pattern
f = fn -> 1 end
{f.()} = {1}
