x = %{}
String.upcase("a").b.c = x
