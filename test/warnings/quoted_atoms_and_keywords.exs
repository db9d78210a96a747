# quotes the tokenizer finds unnecessary (an alias-like or non-ASCII name needs them)
x = [:"foo", :"Foo", :"foo?", :"a b", :"+", :"é", :"_x", :"x#{1}"]
y = ["foo?": 1, "Foo": 2, "a-b": 3, "é": 4, "_1": 5, "x#{1}": 6, "ok": 7]
defmodule Quoted do
  def f, do: %{"key": :"value"}
end
IO.inspect({x, y, Quoted.f()})
