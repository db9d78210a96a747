# `^^^^`: the repeated-character warning comes before the deprecation of ^^^, both at its column
import Bitwise
IO.inspect 1 ^^^^ 2
