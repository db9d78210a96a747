# try's catch given a value instead of -> clauses
result =
  try do
    throw(:oops)
  catch
    :oops
  end

IO.inspect(result)
