-- What a failure's message names, such as the limit of refused rows a list passed; null for most.
ALTER TABLE pushed_list ADD COLUMN failure_argument VARCHAR(20);
