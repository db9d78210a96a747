# What is right of `in` in a rescue clause is expanded as an expression: an undefined function
# there fails under the second clause's frames and those of the try's rescue keyword
x = 1

try do
  x
rescue
  ArgumentError -> 2
  e in foo(1) -> e
after
  3
end
