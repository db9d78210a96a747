IO.inspect 'it''s'
