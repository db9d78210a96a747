# The same at a script's top level
price = 5
then(price, fn p -> <<p::not_a_type>> end)
